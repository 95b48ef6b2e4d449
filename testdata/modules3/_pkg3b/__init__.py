from ._api import create
__all__ = ["create"]
