import errno, os
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EINVAL, errno.ENOTDIR, errno.EISDIR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[2], errno.EPERM, errno.EAGAIN)
try:
    open("/nonexistent_pyg_dir/file")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__, e.strerror)
d = f"/tmp/pyg_golden_{os.getpid()}_errno"
os.makedirs(d, exist_ok=True)
try:
    os.mkdir(d)
except FileExistsError as e:
    print("FileExistsError", e.errno == errno.EEXIST)
try:
    os.rmdir("/nonexistent_pyg_dir")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT)
try:
    open(d)
except IsADirectoryError as e:
    print("IsADirectoryError", e.errno == errno.EISDIR)
os.rmdir(d)
print(os.strerror(errno.ENOENT), os.strerror(errno.EEXIST))
e = OSError(errno.EACCES, "denied")
print(type(e).__name__, e)
