"""Queries a SPARQL endpoint with SPARQLWrapper and prints what it parsed, one JSON object a line.

Usage: python3 sparqlwrapper_client.py ENDPOINT_URL
"""
import json
import sys

from SPARQLWrapper import JSON, XML, POST, SPARQLWrapper

PROJECTS = """
PREFIX lkp: <https://lod.example.org/def/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?project ?label WHERE {
  ?project a lkp:Project ; rdfs:label ?label .
  FILTER(lang(?label) = "sv")
} ORDER BY ?project
"""


def select_json(endpoint, method=None):
    client = SPARQLWrapper(endpoint)
    client.setQuery(PROJECTS)
    client.setReturnFormat(JSON)
    if method:
        client.setMethod(method)
    bindings = client.query().convert()["results"]["bindings"]
    return [[row["project"]["value"], row["label"]["value"], row["label"].get("xml:lang")] for row in bindings]


def select_xml(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery(PROJECTS)
    client.setReturnFormat(XML)
    document = client.query().convert()
    return len(document.getElementsByTagName("result"))


def ask(endpoint, query):
    client = SPARQLWrapper(endpoint)
    client.setQuery(query)
    client.setReturnFormat(JSON)
    return client.query().convert()["boolean"]


def main():
    endpoint = sys.argv[1]
    print(json.dumps({"select_get": select_json(endpoint)}, ensure_ascii=False))
    print(json.dumps({"select_post": select_json(endpoint, POST)}, ensure_ascii=False))
    print(json.dumps({"select_xml_rows": select_xml(endpoint)}))
    print(json.dumps({"ask_true": ask(endpoint, "ASK { ?s ?p ?o }")}))
    print(json.dumps({"ask_false": ask(endpoint, "ASK { <urn:no> <urn:such> <urn:thing> }")}))


if __name__ == "__main__":
    main()
