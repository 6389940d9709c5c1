# parse_args() reads sys.argv[1:]; the default prog is basename(sys.argv[0])
import argparse
import sys

sys.stderr = sys.stdout
parser = argparse.ArgumentParser(description="demo tool")
parser.add_argument("--n", type=int, default=1)
parser.add_argument("names", nargs="*")
print(parser.prog, sys.argv[1:])
print(parser.parse_args())
parser.print_usage()
sys.argv = ["main.py", "--n", "4", "x", "y"]
print(parser.parse_args())
print(argparse.ArgumentParser().prog)
sys.argv = ["main.py", "--n"]
try:
    parser.parse_args()
except SystemExit as e:
    print("exit", e.code)
sys.argv = ["main.py", "--help"]
try:
    argparse.ArgumentParser(description="Greets people.").parse_args()
except SystemExit as e:
    print("exit", e.code)
