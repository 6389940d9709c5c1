from typing import TypeVar, Generic, List, Dict, Optional, Callable
T = TypeVar('T'); K = TypeVar('K')
class Node(Generic[T]): pass
class Two(Generic[K, T]): pass
for text in ['Node[None]', 'Two[str, None]', 'List[T][None]', 'Dict[K, T][str, None]', 'Optional[T][None]', 'List[T][1]', 'Node[1]', 'Callable[[T], None][None]', 'List[T]["Node"]', 'Node["x"]', 'List[T][List[T]][int]']:
    try:
        print(text, eval(text))
    except TypeError as e:
        print(text, 'TypeError', e)
