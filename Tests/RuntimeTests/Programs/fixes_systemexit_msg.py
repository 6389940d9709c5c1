print("start")
raise SystemExit("goodbye")
