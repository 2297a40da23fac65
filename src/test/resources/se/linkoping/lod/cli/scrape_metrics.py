"""Scrapes a Prometheus endpoint and prints every sample as JSON, parsed by the Prometheus client's parser.

Usage: python3 scrape_metrics.py URL
Prints {"samples": [{"name": ..., "labels": {...}, "value": ...}, ...], "types": {family: type}}.
"""
import json
import sys
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

with urllib.request.urlopen(sys.argv[1], timeout=30) as response:
    text = response.read().decode("utf-8")
samples = []
types = {}
for family in text_string_to_metric_families(text):
    types[family.name] = family.type
    for sample in family.samples:
        samples.append({"name": sample.name, "labels": sample.labels, "value": sample.value})
print(json.dumps({"samples": samples, "types": types}))
