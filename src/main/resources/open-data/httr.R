library(httr)

query <- '
PREFIX schema: <http://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?project ?name WHERE {
  ?project a schema:Project ; skos:prefLabel ?name .
  FILTER (lang(?name) = "en")
}
ORDER BY ?name'

response <- POST("${endpoint}", body = list(query = query), encode = "form", accept("text/csv"))
stop_for_status(response)
projects <- read.csv(text = content(response, as = "text", encoding = "UTF-8"))
print(projects)
