import random, statistics as st
rng = random.Random(13)
kernels = ['normal', 'gauss', 'logistic', 'sigmoid', 'rectangular', 'uniform', 'triangular', 'parabolic', 'epanechnikov', 'quartic', 'biweight', 'triweight', 'cosine']
for k in kernels:
    for trial in range(6):
        data = [rng.choice([rng.uniform(-50, 50), rng.randint(-20, 20)]) for _ in range(rng.randint(1, 25))]
        h = rng.choice([rng.uniform(0.1, 10), rng.randint(1, 5)])
        f = st.kde(data, h, k)
        F = st.kde(data, h, k, cumulative=True)
        xs = [rng.uniform(-60, 60) for _ in range(5)] + [data[0] + h, data[0] - h, rng.randint(-20, 20)]
        print(k, f.__doc__, F.__doc__, [f(x) for x in xs], [F(x) for x in xs])
data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
for k in ['normal', 'logistic', 'sigmoid', 'rectangular', 'triangular', 'parabolic', 'cosine']:
    r = st.kde_random(data, 1.5, k, seed=8675309)
    print(k, r.__doc__, [r() for _ in range(8)])
for f in [lambda: st.kde([], 1), lambda: st.kde([1], 0), lambda: st.kde([1], 1, 'x'), lambda: st.kde(['a'], 1), lambda: st.kde([1], -1),
          lambda: st.kde_random([], 1), lambda: st.kde_random([1], 0), lambda: st.kde_random([1], 1, 'nope'), lambda: st.kde([1, 2], 1.5, 'cosine').__name__]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
