"""The error raised by modules that stand for host facilities the
Interleave playground does not have (processes, TLS, file descriptors):
importing them works, so a program that imports but never uses them runs;
each operation that would need the host raises PermissionError naming the
call, the missing facility and what to do instead."""


def refusal(call, facility, instead):
    return PermissionError(
        1, f'Operation not permitted: {call}() needs {facility}, which the '
           f'Interleave playground (a sandbox) does not have; {instead}')


def refuse(call, facility, instead):
    raise refusal(call, facility, instead)
