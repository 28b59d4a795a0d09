import statistics as st
from fractions import Fraction as F
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
datasets = [[1, 2, 3, 4, 4], [2.5, 3.25, 5.5, 11.25, 11.75], [F(3, 7), F(1, 21), F(5, 3), F(1, 3)], [1, 2.5, F(1, 2)], [0.1] * 10,
            [1e300, 1e300, -1e300], [3], [1, 3], [True, False, True], [-1.5, 2, 7.25, 0.0], [10**20 + 1, 10**20 + 3], list(range(100))]
for d in datasets:
    print('data', d[:6])
    for fn in ['mean', 'fmean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pvariance', 'pstdev', 'variance', 'stdev', 'harmonic_mean', 'geometric_mean']:
        print(' ', fn, end=': ')
        t(lambda: getattr(st, fn)(d))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2, 3, 4])).__name__, st.mean([1, 2, 3]), type(st.mean([1, 2, 3])).__name__)
print(st.mean(iter([1.5, 2.5])), st.mean(x for x in range(10)), st.mean((F(1, 2), 1)), st.mean([float('inf'), 1]), st.mean([float('inf'), float('-inf')]))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1, 2, 3, 4], 2.5), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([F(1, 4), F(5, 4), F(1, 2)]))
print(st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]), st.stdev([1, 1, 1]), st.variance([float('nan'), 1]))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3])), st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]), st.fmean((x for x in [1.0, 2.0]), [1, 3]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1, 0, 3]), st.geometric_mean([float('inf'), 1]), st.geometric_mean([float('inf'), 0]), st.geometric_mean([float('nan'), 1]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0, 3]), st.harmonic_mean([F(1, 2), F(1, 3)]), st.harmonic_mean([5]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1.5, 2.5, 2.5, 3.5], interval=F(1, 2)))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode([1, 1, 2, 2]), st.mode('aabbbcc'), st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.multimode([1, 2, 3]))
print(st.median(['a', 'c', 'b']), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]), st.median([F(1, 2), F(1, 3)]))
for e in [lambda: st.mean([]), lambda: st.fmean([]), lambda: st.fmean([1, 2], [1]), lambda: st.fmean([1, 2], [0, 0]), lambda: st.median([]), lambda: st.median_low([]),
          lambda: st.median_high([]), lambda: st.median_grouped([]), lambda: st.median_grouped(['a']), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.stdev([]),
          lambda: st.pvariance([]), lambda: st.pstdev([]), lambda: st.harmonic_mean([]), lambda: st.harmonic_mean([1, -1]), lambda: st.harmonic_mean(['a']),
          lambda: st.harmonic_mean([1, 2], weights=[1]), lambda: st.harmonic_mean([1, 2], weights=[0, 0]), lambda: st.geometric_mean([]), lambda: st.geometric_mean([1, -1]),
          lambda: st.mean(['a']), lambda: st.mean([1, 'a']), lambda: st.mean([1.5, 2j]), lambda: st.mean([F(1), 1.5, 'x']), lambda: st.variance(['a', 'b'])]:
    t(e)
print(issubclass(st.StatisticsError, ValueError))
