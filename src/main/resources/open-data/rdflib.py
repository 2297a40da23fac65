from rdflib import Graph

graph = Graph()
graph.parse("${dump}", format="turtle")
print(len(graph), "triples")

for project, name in graph.query("""
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?project ?name WHERE {
  ?project a schema:Project ; skos:prefLabel ?name .
  FILTER (lang(?name) = "en")
}
ORDER BY ?name
"""):
    print(name, project)
