# Generators and send()
# A generator pauses at each yield; send() resumes it and becomes the yield's value.


def running_average():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


averager = running_average()
print("primed:", next(averager))
for number in [10, 20, 30, 5]:
    print(f"sent {number:>2} -> average {averager.send(number)}")

try:
    averager.throw(ValueError("stop averaging"))
except ValueError as error:
    print("generator re-raised:", error)
