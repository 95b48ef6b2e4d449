import time
t = time.gmtime(1234567890)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y/%m/%d %H-%M-%S %A %B %p %y %%", t))
print(time.asctime(t), time.mktime(time.localtime(1000)) == 1000.0)
st = time.strptime("2024-02-29 12:30:00", "%Y-%m-%d %H:%M:%S")
print(st[:6], st.tm_wday, st.tm_yday)
print(time.gmtime(0)[:3], len(time.gmtime()), time.struct_time((2000, 1, 1, 0, 0, 0, 5, 1, 0)).tm_year)
