class DbError(Exception): pass
class ServiceError(Exception): pass
def db():
    raise DbError("connection refused")
def repo():
    try:
        db()
    except DbError as e:
        raise ServiceError("repository failed") from e
def handler():
    try:
        repo()
    except ServiceError:
        raise RuntimeError("request failed")
print("handling")
handler()
