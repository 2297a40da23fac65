package se.linkoping.lod.sparql;

import org.apache.jena.fuseki.servlets.ActionLib;
import org.apache.jena.fuseki.servlets.BaseActionREST;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.Responses;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.rdf.model.Model;

/**
 * Answers a plain GET of the endpoint (no query) with its {@link ServiceDescription}, in the RDF
 * syntax the client asks for (Turtle by default).
 */
final class ServiceDescriptionAction extends BaseActionREST {

    private final Model description;

    ServiceDescriptionAction(Model description) {
        this.description = description;
    }

    @Override
    protected void doGet(HttpAction action) {
        Responses.doResponseGraph(action, description.getGraph());
    }

    @Override
    protected void doHead(HttpAction action) {
        Responses.doResponseGraph(action, description.getGraph());
    }

    @Override
    protected void doOptions(HttpAction action) {
        ActionLib.doOptionsGetPostHead(action);
        ServletOps.success(action);
    }
}
