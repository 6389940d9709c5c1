# __future__: importing features, the _Feature records.
from __future__ import annotations, generator_stop
import __future__

print(__future__.annotations, __future__.annotations.getOptionalRelease(), __future__.annotations.getMandatoryRelease())
print(__future__.all_feature_names, __future__.division.compiler_flag, __future__.generator_stop.getMandatoryRelease())


def f(x: Undefined) -> AlsoUndefined:
    return x


print(f(3))
