#!/usr/bin/env python3
"""Load test of a running Majlis service: concurrent readers of the example queries and one writer.

Readers (--clients, default 32) loop over the operations in graphql/examples/*.graphql; one more client
ingests synthetic Arabic articles through the ingestArticle mutation with a write token. The run stops by
itself after --seconds or --max-requests, whichever comes first. Only loopback endpoints are accepted.
Prints throughput, p50/p95/p99 latency per operation and overall and the errors, and writes them as JSON.
"""

import argparse
import datetime
import http.client
import ipaddress
import os
import json
import pathlib
import random
import re
import socket
import sys
import threading
import time
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
INGEST_OPERATION = "IngestArticle"
INGEST_DOCUMENT = """mutation IngestArticle($i: IngestArticleInput!) {
  ingestArticle(input: $i) { duplicate article { id } events { name startDate } }
}"""

RANKS = ["العقيد", "العميد", "اللواء", "الفريق", "المقدم", "الرائد"]
FIRST_NAMES = ["سالم", "خالد", "يوسف", "مراد", "هشام", "طارق", "نبيل", "كريم", "عادل", "منير", "فيصل", "رياض"]
FAMILY_NAMES = ["الحارثي", "بن سعيد", "العلوي", "المنصوري", "الشامي", "القاسمي", "الدوسري", "التازي", "الزين", "الكعبي"]
EVENTS = ["اجتماع", "مؤتمر", "ندوة", "ورشة عمل", "منتدى"]
SUBJECTS = ["مكافحة الجريمة الإلكترونية", "مكافحة الإرهاب", "مكافحة الجريمة المنظمة", "تبادل المعلومات الأمنية", "مكافحة الاحتيال"]
CITIES = ["الرباط", "تونس", "عمان", "الدوحة", "الرياض", "القاهرة", "بيروت", "مسقط", "الجزائر", "الكويت"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080/graphql", help="GraphQL endpoint (loopback only)")
    parser.add_argument("--seconds", type=float, default=60, help="duration (default 60)")
    parser.add_argument("--max-requests", type=int, default=1_000_000, help="stop after this many requests in all")
    parser.add_argument("--clients", type=int, default=32, help="concurrent readers (default 32)")
    parser.add_argument("--token", help="write token of the ingesting client (default $MAJLIS_SECURITY_WRITE_TOKENS)")
    parser.add_argument("--examples", default=str(ROOT / "graphql" / "examples"), help="folder of *.graphql operations")
    parser.add_argument("--out", help="JSON results (default bench/results/load-<date>.json)")
    parser.add_argument("--seed", type=int, default=42, help="seed of the synthetic articles")
    return parser.parse_args()


def loopback_endpoint(url):
    parts = urllib.parse.urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        sys.exit(f"refused: {url} is not an http:// URL")
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(parts.hostname, parts.port or 80)}
    except socket.gaierror as ex:
        sys.exit(f"refused: {parts.hostname} does not resolve ({ex})")
    if not addresses or not all(ipaddress.ip_address(address.split("%")[0]).is_loopback for address in addresses):
        sys.exit(f"refused: {parts.hostname} is not a loopback address ({', '.join(sorted(addresses))})")
    return parts.hostname, parts.port or 80, parts.path or "/graphql"


def example_operations(folder):
    operations = []
    for path in sorted(pathlib.Path(folder).glob("*.graphql")):
        document = path.read_text(encoding="utf-8")
        match = re.search(r"^\s*query\s+(\w+)", document, re.MULTILINE)
        if match:
            operations.append((match.group(1), document))
    if not operations:
        sys.exit(f"no named queries in {folder}")
    return operations


class Budget:
    """Shared stop condition: a deadline and a maximum number of requests."""

    def __init__(self, seconds, max_requests):
        self.deadline = time.monotonic() + seconds
        self.remaining = max_requests
        self.lock = threading.Lock()

    def take(self):
        with self.lock:
            if self.remaining <= 0 or time.monotonic() >= self.deadline:
                return False
            self.remaining -= 1
            return True


class Recorder:
    """Latencies and errors per operation, shared by the clients."""

    def __init__(self):
        self.latencies = {}
        self.errors = {}
        self.samples = []
        self.lock = threading.Lock()

    def record(self, operation, seconds, error):
        with self.lock:
            self.latencies.setdefault(operation, []).append(seconds)
            if error:
                self.errors.setdefault(operation, 0)
                self.errors[operation] += 1
                if len(self.samples) < 10:
                    self.samples.append(f"{operation}: {error}")


class Client:
    def __init__(self, host, port, path, token=None):
        self.host, self.port, self.path, self.token = host, port, path, token
        self.connection = None

    def post(self, operation, document, variables=None):
        body = json.dumps({"query": document, "operationName": operation, "variables": variables or {}}).encode()
        headers = {"Content-Type": "application/json", "Accept": "application/graphql-response+json",
                   "X-Request-Id": f"load-{operation}-{threading.get_ident()}-{time.monotonic_ns()}"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        started = time.perf_counter()
        try:
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            self.connection.request("POST", self.path, body=body, headers=headers)
            response = self.connection.getresponse()
            payload = response.read()
            elapsed = time.perf_counter() - started
            return elapsed, error_of(response.status, payload)
        except (OSError, http.client.HTTPException) as ex:
            if self.connection is not None:
                self.connection.close()
            self.connection = None
            return time.perf_counter() - started, f"{type(ex).__name__}: {ex}"


def error_of(status, payload):
    if status != 200:
        return f"HTTP {status}: {payload[:200]!r}"
    try:
        answer = json.loads(payload)
    except ValueError:
        return f"not JSON: {payload[:200]!r}"
    if answer.get("errors"):
        return f"GraphQL errors: {json.dumps(answer['errors'], ensure_ascii=False)[:300]}"
    if answer.get("data") is None:
        return "no data"
    return None


def reader(client, operations, offset, budget, recorder):
    index = offset
    while budget.take():
        name, document = operations[index % len(operations)]
        index += 1
        elapsed, error = client.post(name, document)
        recorder.record(name, elapsed, error)


def synthetic_article(rng, number):
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2026])
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(FIRST_NAMES)} {rng.choice(FAMILY_NAMES)}"
    event, subject, city = rng.choice(EVENTS), rng.choice(SUBJECTS), rng.choice(CITIES)
    text = (f"شارك {rng.choice(RANKS)} {name} في {event} حول {subject} في مدينة {city} "
            f"يوم {day} {MONTHS[month - 1]} {year}، وذلك في إطار التعاون الأمني الدولي (رقم {number}).")
    return {"text": text, "title": f"{event} {subject} في {city}", "publishedAt": f"{year}-{month:02d}-{day:02d}",
            "url": f"https://load.example/articles/{number}", "sourceName": "load-test"}


def ingester(client, budget, recorder, seed):
    rng = random.Random(seed)
    number = 0
    while budget.take():
        number += 1
        elapsed, error = client.post(INGEST_OPERATION, INGEST_DOCUMENT, {"i": synthetic_article(rng, number)})
        recorder.record(INGEST_OPERATION, elapsed, error)


def percentile(sorted_values, fraction):
    if not sorted_values:
        return None
    rank = max(0, min(len(sorted_values) - 1, round(fraction * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


def summary(values, errors, duration):
    values = sorted(values)
    milliseconds = lambda value: None if value is None else round(value * 1000, 2)
    return {"requests": len(values), "errors": errors, "throughput_per_s": round(len(values) / duration, 1),
            "p50_ms": milliseconds(percentile(values, 0.50)), "p95_ms": milliseconds(percentile(values, 0.95)),
            "p99_ms": milliseconds(percentile(values, 0.99)), "max_ms": milliseconds(values[-1] if values else None)}


def report(recorder, duration, arguments, operations):
    per_operation = {name: summary(values, recorder.errors.get(name, 0), duration)
                     for name, values in sorted(recorder.latencies.items())}
    every = [value for values in recorder.latencies.values() for value in values]
    reads = [value for name, values in recorder.latencies.items() if name != INGEST_OPERATION for value in values]
    read_errors = sum(count for name, count in recorder.errors.items() if name != INGEST_OPERATION)
    return {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "url": arguments.url, "seconds": round(duration, 1), "clients": arguments.clients, "ingesting_clients": 1,
            "operations": [name for name, _ in operations],
            "overall": summary(every, sum(recorder.errors.values()), duration),
            "reads": summary(reads, read_errors, duration),
            "per_operation": per_operation, "error_samples": recorder.samples}


def print_report(results):
    print(f"{results['seconds']} s, {results['clients']} readers + 1 ingester against {results['url']}")
    print(f"{'operation':<26}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    rows = list(results["per_operation"].items()) + [("(reads)", results["reads"]), ("(overall)", results["overall"])]
    for name, row in rows:
        print(f"{name:<26}{row['requests']:>9}{row['throughput_per_s']:>9}{row['p50_ms']!s:>9}{row['p95_ms']!s:>9}"
              f"{row['p99_ms']!s:>9}{row['max_ms']!s:>9}{row['errors']:>8}")
    for sample in results["error_samples"]:
        print("error:", sample)


def main():
    arguments = parse_arguments()
    host, port, path = loopback_endpoint(arguments.url)
    operations = example_operations(arguments.examples)
    token = arguments.token or (os.environ.get("MAJLIS_SECURITY_WRITE_TOKENS", "").split(",")[0] or None)
    if not token:
        sys.exit("a write token is needed for the ingesting client: --token or MAJLIS_SECURITY_WRITE_TOKENS")
    budget, recorder = Budget(arguments.seconds, arguments.max_requests), Recorder()
    threads = [threading.Thread(target=reader, args=(Client(host, port, path), operations, index, budget, recorder))
               for index in range(arguments.clients)]
    threads.append(threading.Thread(target=ingester, args=(Client(host, port, path, token), budget, recorder, arguments.seed)))
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    results = report(recorder, time.monotonic() - started, arguments, operations)
    print_report(results)
    out = pathlib.Path(arguments.out or ROOT / "bench" / "results" / f"load-{datetime.date.today().isoformat()}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written {out}")
    return 1 if results["overall"]["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
