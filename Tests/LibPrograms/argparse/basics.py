# argparse: positionals, optionals, flags, type/default/choices/nargs,
# store_true/count/append, help text, errors -> SystemExit(2) with usage on stderr
import argparse
import sys

sys.stderr = sys.stdout  # compare the usage and error lines too

parser = argparse.ArgumentParser(prog="crawler", description="Fetch pages concurrently.",
                                 epilog="Example: crawler -n 4 a b")
parser.add_argument("urls", nargs="+", help="pages to fetch")
parser.add_argument("-n", "--workers", type=int, default=3, help="number of workers (default: %(default)s)")
parser.add_argument("--timeout", type=float, default=1.5, metavar="SECONDS")
parser.add_argument("-v", "--verbose", action="count", default=0, help="more output")
parser.add_argument("--dry-run", action="store_true", help="do nothing")
parser.add_argument("--no-cache", dest="cache", action="store_false")
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-H", "--header", action="append", default=[], help="extra header")
parser.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
parser.add_argument("--opt", nargs="?", const="c", default="d")
parser.add_argument("--rest", nargs="*", default=[])
parser.add_argument("--version", action="version", version="%(prog)s 1.0")

ns = parser.parse_args(["a", "b", "-n", "5", "-vv", "--dry-run", "-H", "x: 1", "--header=y: 2",
                        "--pair", "k", "v", "--opt", "--mode", "slow"])
print(ns)
print(ns.urls, ns.workers, ns.timeout, ns.verbose, ns.dry_run, ns.cache, ns.mode, ns.header, ns.pair, ns.opt, ns.rest)
print(vars(parser.parse_args(["z", "--no-cache", "--rest", "1", "2", "--opt=q", "-n8", "--timeout", "2"])))
print(parser.format_usage(), end="")
parser.print_help()

for argv in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--bogus"], ["a", "--pair", "k"],
             ["--version"], ["a", "-h"]]:
    try:
        parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)

ns, extra = parser.parse_known_args(["a", "--unknown", "7"])
print(ns.urls, extra)
print(argparse.Namespace(a=1, b="x"), argparse.Namespace(a=1) == argparse.Namespace(a=1), "a" in argparse.Namespace(a=1))

sub = argparse.ArgumentParser(prog="tool")
subs = sub.add_subparsers(dest="command", required=True)
run = subs.add_parser("run", help="run a job")
run.add_argument("job")
run.add_argument("--retries", type=int, default=0)
stop = subs.add_parser("stop", help="stop everything")
stop.add_argument("--force", action="store_true")
print(sub.parse_args(["run", "build", "--retries", "2"]))
print(sub.parse_args(["stop", "--force"]))
sub.print_help()
try:
    sub.parse_args([])
except SystemExit as e:
    print("exit", e.code)

group = argparse.ArgumentParser(prog="g", add_help=False)
mx = group.add_mutually_exclusive_group()
mx.add_argument("--json", action="store_true")
mx.add_argument("--csv", action="store_true")
opts = group.add_argument_group("tuning", "knobs for speed")
opts.add_argument("--batch", type=int, default=10)
group.print_help()
try:
    group.parse_args(["--json", "--csv"])
except SystemExit as e:
    print("exit", e.code)

def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{value} is not positive")
    return value
p2 = argparse.ArgumentParser(prog="p2", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p2.add_argument("--count", type=positive, default=1, help="how many")
p2.add_argument("--name", default="world", help="who to greet")
p2.print_help()
for argv in [["--count", "3"], ["--count", "-1"], ["--count", "x"]]:
    try:
        print(p2.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
p2.set_defaults(extra=True)
print(p2.parse_args([]), p2.get_default("name"))
try:
    p2.error("custom failure")
except SystemExit as e:
    print("exit", e.code)
# parse_args() without a list reads sys.argv[1:]
print(sys.argv[1:], argparse.ArgumentParser(prog="x").parse_args())
