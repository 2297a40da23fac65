package se.linkoping.lod.server;

import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * The site's static files, {@code static/} on the class path (the style sheet, the query page's
 * scripts), served at the site's root by Jetty's {@link ResourceHandler}, with validators and ranges.
 *
 * <p>Only the paths of that folder's own entries ({@code /site.css}, {@code /yasgui/*}) come here,
 * so no other request pays for a look-up on the class path. A path under them that names no file
 * goes on to the web app, which answers with its own 404 page.
 */
final class StaticFiles extends Handler.Abstract {

    /** The class-path folder served at the root. */
    static final String FOLDER = "static";

    /** Jetty's resource handler, in a context of its own at the root, as it expects. */
    private final ContextHandler files;
    private final Handler webApp;

    private StaticFiles(Resource folder, Handler webApp) {
        this.webApp = webApp;
        ResourceHandler resources = new ResourceHandler();
        resources.setBaseResource(folder);
        resources.setDirAllowed(false);
        resources.setEtags(true);
        this.files = new ContextHandler(resources, "/");
        files.setDisplayName(FOLDER);
        addBean(files);
    }

    /** Maps every entry of the folder to its handler; requests for missing files go to {@code webApp}. */
    static void map(PathMappingsHandler paths, Server server, Handler webApp) {
        Resource folder = ResourceFactory.of(server).newClassLoaderResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No folder " + FOLDER + " on the class path");
        }
        StaticFiles handler = new StaticFiles(folder, webApp);
        for (Resource entry : folder.list()) {
            String name = entry.getFileName();
            paths.addMapping(PathSpec.from(entry.isDirectory() ? "/" + name + "/*" : "/" + name), handler);
        }
    }

    @Override
    public void setServer(Server server) {
        super.setServer(server);
        files.setServer(server);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return files.handle(request, response, callback) || webApp.handle(request, response, callback);
    }
}
