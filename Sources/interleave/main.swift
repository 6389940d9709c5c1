print("interleave: under construction")
