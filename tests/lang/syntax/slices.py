class S:
    def __getitem__(self, k): return k
s = S()
print(s[1], s[1:2], s[::], s[:], s[1:2:3], s[::-1], s[:2], s[1:], s[1:2:])
print(s[1, 2], s[1,], s[1:2, 3], s[:, 1], s[..., 0], s[()])
print(s[1:2, ::3, ...], s[(1, 2)], s[[1]])
print(s[*[1, 2]], s[*[1], 2], s[0, *'ab'])
print(s[a:=1], a)
l = list(range(10))
print(l[2:8:2], l[::-1][:3], l[-3:], l[:-7])
l[1:3] = ['a']; print(l)
del l[::2]; print(l)
l[0:0] = [7, 8]; print(l)
print('hello'[1:4], 'hello'[::-2], b'bytes'[1:3])
m = {}
m[1, 2] = 'tuple key'; print(m)
