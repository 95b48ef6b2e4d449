from .inner import X as inner_value
