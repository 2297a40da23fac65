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
 * scripts), served under the base's path by Jetty's {@link ResourceHandler}, with validators and ranges.
 *
 * <p>Only the paths of that folder's own entries ({@code {base path}site.css}, {@code {base path}yasgui/*}) come here,
 * so no other request pays for a look-up on the class path. A path under them that names no file
 * goes on to the web app, which answers with its own 404 page.
 */
final class StaticFiles extends Handler.Abstract {

    /** The class-path folder served at the root. */
    static final String FOLDER = "static";

    /** Jetty's resource handler, in a context of its own at the base's path, as it expects. */
    private final ContextHandler files;
    private final Handler webApp;

    private StaticFiles(Resource folder, Handler webApp, String basePath) {
        this.webApp = webApp;
        ResourceHandler resources = new ResourceHandler();
        resources.setBaseResource(folder);
        resources.setDirAllowed(false);
        resources.setEtags(true);
        this.files = new ContextHandler(resources, basePath.equals("/") ? "/" : basePath.substring(0, basePath.length() - 1));
        files.setDisplayName(FOLDER);
        addBean(files);
    }

    /**
     * Maps every entry of the folder, under the base's path (ending in a slash), to its handler;
     * requests for missing files go to {@code webApp}.
     */
    static void map(PathMappingsHandler paths, Server server, Handler webApp, String basePath) {
        Resource folder = ResourceFactory.of(server).newClassLoaderResource(FOLDER);
        if (folder == null) {
            throw new IllegalStateException("No folder " + FOLDER + " on the class path");
        }
        StaticFiles handler = new StaticFiles(folder, webApp, basePath);
        for (Resource entry : folder.list()) {
            String name = entry.getFileName();
            paths.addMapping(PathSpec.from(entry.isDirectory() ? basePath + name + "/*" : basePath + name), handler);
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
