from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, Iterable,
                    TypeVar, Generic, NamedTuple, Set, Sequence, cast)
import typing

T = TypeVar('T')
print(T, Any, List, List[int], Dict[str, int], Optional[int], Union[int, str])
print(Tuple[int, ...], Callable[[int, str], bool], Callable[..., Any], Iterable[T])
print(Union[int, Union[str, int]], Optional[Union[int, str]] == Union[int, str, None])
print(typing.get_origin(List[int]) is list, typing.get_args(Dict[str, int]))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items)


def greet(name: Optional[str] = None) -> str:
    return f'hi {name or "you"}'


print(greet(), greet('bo'), greet.__annotations__['return'])
print(cast(int, 'x'), typing.TYPE_CHECKING)


class Emp(NamedTuple):
    name: str
    id: int = 3

    def tag(self):
        return f'{self.name}#{self.id}'


e = Emp('ann')
print(e, e.tag(), Emp._fields, Emp._field_defaults, isinstance(e, tuple))
Pt = NamedTuple('Pt', [('x', int), ('y', int)])
print(Pt(1, 2), Pt.__annotations__)
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId)
