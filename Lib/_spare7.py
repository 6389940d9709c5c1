# Not implemented yet: importing this module fails like a missing module.
raise ModuleNotFoundError("No module named '_spare7'")
