from SPARQLWrapper import SPARQLWrapper, JSON

sparql = SPARQLWrapper("${endpoint}")
sparql.setQuery("""
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?project ?name WHERE {
  ?project a schema:Project ; skos:prefLabel ?name .
  FILTER (lang(?name) = "en")
}
ORDER BY ?name
""")
sparql.setReturnFormat(JSON)
for row in sparql.queryAndConvert()["results"]["bindings"]:
    print(row["name"]["value"], row["project"]["value"])
