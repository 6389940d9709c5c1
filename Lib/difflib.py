# Not implemented yet
