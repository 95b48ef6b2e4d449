# sys.exit("message") prints the message to stderr and exits with 1.
import sys
print("about to exit")
sys.exit("fatal: configuration not found")
