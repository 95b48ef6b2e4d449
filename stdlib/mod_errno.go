package stdlib

import (
	"pyg/runtime"
)

// The errno module (Linux values).

func init() { native["errno"] = newErrno }

var errnoCodes = []struct {
	name string
	code int
}{{"EPERM", 1}, {"ENOENT", 2}, {"ESRCH", 3}, {"EINTR", 4}, {"EIO", 5}, {"ENXIO", 6}, {"E2BIG", 7}, {"ENOEXEC", 8}, {"EBADF", 9}, {"ECHILD", 10}, {"EAGAIN", 11}, {"ENOMEM", 12}, {"EACCES", 13}, {"EFAULT", 14}, {"ENOTBLK", 15}, {"EBUSY", 16}, {"EEXIST", 17}, {"EXDEV", 18}, {"ENODEV", 19}, {"ENOTDIR", 20}, {"EISDIR", 21}, {"EINVAL", 22}, {"ENFILE", 23}, {"EMFILE", 24}, {"ENOTTY", 25}, {"ETXTBSY", 26}, {"EFBIG", 27}, {"ENOSPC", 28}, {"ESPIPE", 29}, {"EROFS", 30}, {"EMLINK", 31}, {"EPIPE", 32}, {"EDOM", 33}, {"ERANGE", 34}, {"EDEADLK", 35}, {"ENAMETOOLONG", 36}, {"ENOLCK", 37}, {"ENOSYS", 38}, {"ENOTEMPTY", 39}, {"ELOOP", 40}, {"EWOULDBLOCK", 11}, {"ENOMSG", 42}, {"EIDRM", 43}, {"ENOSTR", 60}, {"ENODATA", 61}, {"ETIME", 62}, {"ENOSR", 63}, {"EREMOTE", 66}, {"ENOLINK", 67}, {"EPROTO", 71}, {"EBADMSG", 74}, {"EOVERFLOW", 75}, {"EILSEQ", 84}, {"EUSERS", 87}, {"ENOTSOCK", 88}, {"EDESTADDRREQ", 89}, {"EMSGSIZE", 90}, {"EPROTOTYPE", 91}, {"ENOPROTOOPT", 92}, {"EPROTONOSUPPORT", 93}, {"ESOCKTNOSUPPORT", 94}, {"EOPNOTSUPP", 95}, {"ENOTSUP", 95}, {"EPFNOSUPPORT", 96}, {"EAFNOSUPPORT", 97}, {"EADDRINUSE", 98}, {"EADDRNOTAVAIL", 99}, {"ENETDOWN", 100}, {"ENETUNREACH", 101}, {"ENETRESET", 102}, {"ECONNABORTED", 103}, {"ECONNRESET", 104}, {"ENOBUFS", 105}, {"EISCONN", 106}, {"ENOTCONN", 107}, {"ESHUTDOWN", 108}, {"ETOOMANYREFS", 109}, {"ETIMEDOUT", 110}, {"ECONNREFUSED", 111}, {"EHOSTDOWN", 112}, {"EHOSTUNREACH", 113}, {"EALREADY", 114}, {"EINPROGRESS", 115}, {"ESTALE", 116}, {"EDQUOT", 122}, {"ECANCELED", 125}, {"EOWNERDEAD", 130}, {"ENOTRECOVERABLE", 131}, {"EDEADLOCK", 35}}

// errorcode names preferred by CPython for the codes that have several names.
var errnoPreferred = map[int]string{11: "EAGAIN", 95: "ENOTSUP", 35: "EDEADLOCK"}

func newErrno(t *runtime.Thread) (*runtime.Module, error) {
	m := runtime.NewModule(t, "errno")
	codes := runtime.NewDict()
	for _, c := range errnoCodes {
		m.Dict.SetStr(t, runtime.Intern(c.name), runtime.Int(c.code))
		name := c.name
		if p, ok := errnoPreferred[c.code]; ok {
			name = p
		}
		if err := codes.SetItem(t, runtime.Int(c.code), runtime.NewStr(name)); err != nil {
			return nil, err
		}
	}
	m.Dict.SetStr(t, runtime.Intern("errorcode"), codes)
	return m, nil
}
