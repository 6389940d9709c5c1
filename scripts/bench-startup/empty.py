# Empty program: its run time is the interpreter start-up.
