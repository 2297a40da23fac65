package se.linkoping.lod.staff;

import java.util.List;

import se.linkoping.lod.admin.AdminRoutes;
import se.linkoping.lod.web.RouteGroup;

/** The editor as a whole: the sign-in gate and the pages behind it, over the same accounts and writes as {@code /admin/*}. */
public final class StaffEditor {

    private StaffEditor() {
    }

    /** The editor's routes for the staff and writes of the admin routes. */
    public static RouteGroup routes(AdminRoutes admin, StaffSettings settings) {
        return new StaffRoutes(admin.credentials(), admin.throttle(), settings,
                List.of(new EditorRoutes(admin.writes())));
    }
}
