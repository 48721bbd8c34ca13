// Generated from openapi.json by `npm run web:client`; do not edit.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_requestReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_confirmReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitation/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MeController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MeController_update"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_importTrainees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["UsersController_setRoles"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resendInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_list"];
        put?: never;
        post: operations["OrganisationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganisationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganisationsController_update"];
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_list"];
        put?: never;
        post: operations["ProgrammesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProgrammesController_update"];
        trace?: never;
    };
    "/api/v1/programmes/{id}/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ProgrammesController_setPhases"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ProgrammesController_setStaff"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProgrammesController_transition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProgrammesController_clone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammeSessionsController_list"];
        put?: never;
        post: operations["ProgrammeSessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/reasonable-hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammeSessionsController_reasonableHours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProgrammeSessionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProgrammeSessionsController_update"];
        trace?: never;
    };
    "/api/v1/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProgrammeSessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["EnrolmentsController_roster"];
        put?: never;
        post: operations["EnrolmentsController_enrol"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/enrolments/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_importTrainees"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/enrolments/{enrolmentId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_changeStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/enrolments/{enrolmentId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["EnrolmentsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enrolments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MyEnrolmentsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitiesController_list"];
        put?: never;
        post: operations["FacilitiesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["FacilitiesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["FacilitiesController_update"];
        trace?: never;
    };
    "/api/v1/facilities/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FacilitiesController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facilities/{id}/check-visit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["FacilitiesController_checkVisit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MenuItemsController_list"];
        put?: never;
        post: operations["MenuItemsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MenuItemsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MenuItemsController_update"];
        trace?: never;
    };
    "/api/v1/menu-items/{id}/texts/{locale}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["MenuItemsController_saveText"];
        post?: never;
        delete: operations["MenuItemsController_removeText"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MenuItemsController_archive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MenuItemsController_restore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScheduleController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScheduleController_feed"];
        put?: never;
        post: operations["ScheduleController_rotate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ScheduleController_programme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/{token}.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CalendarFeedController_ics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RostersController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TasksController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/menu-items/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_listLibrary"];
        put?: never;
        post: operations["MaterialsController_createInLibrary"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/materials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_listProgramme"];
        put?: never;
        post: operations["MaterialsController_createInProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["MaterialsController_update"];
        trace?: never;
    };
    "/api/v1/materials/{id}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MaterialsController_copy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MaterialsController_addVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MaterialsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_content"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/material-versions/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_versionContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/material-links/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_byLink"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/material-bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_listBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/material-bundles/{phaseKey}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_bundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/materials/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["MaterialsController_listDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/material-deliveries/{id}/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["MaterialsController_resend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_roster"];
        put: operations["AttendanceController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/attendance/sync": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_sync"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/attendance/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_importWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/check-in-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_createCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/check-in-codes/current.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_currentCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/{id}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AttendanceController_checkIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/attendance/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AttendanceController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/report-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_listStages"];
        put?: never;
        post: operations["ReportsController_createStage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-stages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_getStage"];
        put?: never;
        post?: never;
        delete: operations["ReportsController_deleteStage"];
        options?: never;
        head?: never;
        patch: operations["ReportsController_updateStage"];
        trace?: never;
    };
    "/api/v1/report-stages/{id}/rubric": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["ReportsController_setRubric"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-stages/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportsController_uploadFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-stages/{id}/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_history"];
        put?: never;
        post: operations["ReportsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-stages/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-submissions/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReportsController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-submissions/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicator-catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IndicatorsController_catalogue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/report-stages/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IndicatorsController_list"];
        put?: never;
        post: operations["IndicatorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IndicatorsController_get"];
        put?: never;
        post?: never;
        delete: operations["IndicatorsController_remove"];
        options?: never;
        head?: never;
        patch: operations["IndicatorsController_update"];
        trace?: never;
    };
    "/api/v1/indicators/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IndicatorsController_reportValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/l4-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IndicatorsController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/enrolments/{enrolmentId}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_issue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_pdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CertificatesController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CertificatesController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/assessment-questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_listQuestions"];
        put?: never;
        post: operations["AssessmentsController_createQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-questions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AssessmentsController_updateQuestion"];
        trace?: never;
    };
    "/api/v1/assessment-questions/{id}/key-correction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssessmentsController_correctKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_list"];
        put?: never;
        post: operations["AssessmentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/learning-gain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_learningGain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AssessmentsController_update"];
        trace?: never;
    };
    "/api/v1/assessments/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssessmentsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/regrade": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssessmentsController_regrade"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_attempts"];
        put?: never;
        post: operations["AssessmentsController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-attempts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AssessmentsController_attempt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-attempts/{id}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["AssessmentsController_saveAnswers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-attempts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssessmentsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment-attempts/{id}/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AssessmentsController_override"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_listTemplates"];
        put?: never;
        post: operations["SurveysController_createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SurveysController_updateTemplate"];
        trace?: never;
    };
    "/api/v1/programmes/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_list"];
        put?: never;
        post: operations["SurveysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["SurveysController_update"];
        trace?: never;
    };
    "/api/v1/surveys/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SurveysController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SurveysController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_invitations"];
        put?: never;
        post: operations["SurveysController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_results"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-invitations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_form"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-invitations/{token}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SurveysController_answerByToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveysController_myForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["SurveysController_answerAsMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/survey-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveyPlansController_get"];
        put: operations["SurveyPlansController_save"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/survey-occurrences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SurveyPlansController_occurrences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/completion-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompletionController_rules"];
        put: operations["CompletionController_setRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/completion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompletionController_ofProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/completion/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CompletionController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DashboardsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/funder-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DashboardsController_funderReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/exports/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DashboardsController_stream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programmes/{id}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["DashboardsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DashboardsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/{id}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["DashboardsController_file"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process answers (nothing else is checked) */
        get: operations["liveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /** @example trainee@kenshu.example */
            email: string;
            password: string;
        };
        OrganisationResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "host" | "funder" | "home_government" | "other";
            /** @example Ministry of Climate Change, Environment and Energy */
            name: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example MV
             */
            country: string;
            /** @example Malé */
            city?: string | null;
        };
        UserResponse: {
            /** Format: uuid */
            id: string;
            /** @example trainee@kenshu.example */
            email: string;
            /** @example Nguyễn Thị Minh */
            displayName: string;
            roles: ("admin" | "coordinator" | "instructor" | "trainee")[];
            /**
             * @description BCP 47
             * @example en
             */
            locale: string;
            /**
             * @description Material languages after `locale`
             * @example [
             *       "km",
             *       "en"
             *     ]
             */
            languageFallbacks: string[];
            /**
             * @description IANA time zone
             * @example Indian/Maldives
             */
            timeZone: string;
            organisation?: components["schemas"]["OrganisationResponse"] | null;
            position?: string | null;
            /**
             * @description Null: not recorded
             * @enum {string|null}
             */
            gender: "female" | "male" | "other" | "undisclosed" | null;
            /** @enum {string} */
            status: "invited" | "active" | "disabled";
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
        };
        TokensResponse: {
            /** @description A JWT to send as `Authorization: Bearer …` */
            accessToken: string;
            /** @example Bearer */
            tokenType: string;
            /**
             * @description Seconds the access token stays valid
             * @example 900
             */
            expiresIn: number;
            /** @description One use: exchange it at /auth/refresh for the next pair */
            refreshToken: string;
            /**
             * Format: date-time
             * @description UTC
             */
            refreshExpiresAt: string;
            user: components["schemas"]["UserResponse"];
        };
        FieldProblemDto: {
            /** @example email */
            field: string;
            /** @example must be an email address */
            reason: string;
        };
        ProblemDto: {
            /** @example urn:kenshu:problem:request.validation */
            type: string;
            /** @example The request is not valid */
            title: string;
            /** @example 400 */
            status: number;
            detail?: string;
            /** @example /api/v1/auth/password-reset */
            instance: string;
            /** @example REQUEST.VALIDATION */
            code: Record<string, never>;
            errors?: components["schemas"]["FieldProblemDto"][];
            requestId: string;
        };
        RefreshDto: {
            /** @description The refresh token from the last sign-in or refresh; it works once */
            refreshToken: string;
        };
        PasswordResetRequestDto: {
            /** @example trainee@kenshu.example */
            email: string;
        };
        TokenAndPasswordDto: {
            /** @description The token from the emailed link */
            token: string;
            /** @description At least 12 characters, not a common password */
            password: string;
        };
        UpdateMeDto: {
            /** @example Aminath Shifaza */
            displayName?: string;
            /**
             * @description BCP 47
             * @example dv
             */
            locale?: string;
            /**
             * @description Languages to read materials in after `locale`, in order (BCP 47, at most 5)
             * @example [
             *       "km",
             *       "en"
             *     ]
             */
            languageFallbacks?: string[];
            /**
             * @description IANA time zone
             * @example Indian/Maldives
             */
            timeZone?: string;
            position?: string | null;
            /**
             * @description As the person states it, for funders’ reports; null = not recorded
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | "undisclosed" | null;
            /** @description Needed with newPassword */
            currentPassword?: string;
            /** @description At least 12 characters, not a common password; ends your other sessions */
            newPassword?: string;
        };
        UserPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["UserResponse"][];
        };
        CreateUserDto: {
            /** @example Nguyễn Thị Minh */
            displayName?: string;
            /**
             * @description BCP 47
             * @example dv
             */
            locale?: string;
            /**
             * @description Languages to read materials in after `locale`, in order (BCP 47, at most 5)
             * @example [
             *       "km",
             *       "en"
             *     ]
             */
            languageFallbacks?: string[];
            /**
             * @description IANA time zone
             * @example Indian/Maldives
             */
            timeZone?: string;
            /** Format: uuid */
            organisationId?: string | null;
            position?: string | null;
            /**
             * @description As the person states it, for funders’ reports; null = not recorded
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | "undisclosed" | null;
            /** @example minh.nguyen@hanoi.example */
            email: string;
            /**
             * @example [
             *       "trainee"
             *     ]
             */
            roles: ("admin" | "coordinator" | "instructor" | "trainee")[];
        };
        ImportRowResponse: {
            /** @description Data row, from 1 */
            row: number;
            /** @description The line of the file the row starts on */
            line: number;
            email?: string | null;
            /** @enum {string} */
            outcome: "created" | "updated" | "skipped";
            reason?: string;
            /** Format: uuid */
            userId?: string;
        };
        ImportReportResponse: {
            dryRun: boolean;
            created: number;
            updated: number;
            skipped: number;
            rows: components["schemas"]["ImportRowResponse"][];
        };
        UpdateUserDto: {
            /** @example Aminath Shifaza */
            displayName?: string;
            /**
             * @description BCP 47
             * @example dv
             */
            locale?: string;
            /**
             * @description Languages to read materials in after `locale`, in order (BCP 47, at most 5)
             * @example [
             *       "km",
             *       "en"
             *     ]
             */
            languageFallbacks?: string[];
            /**
             * @description IANA time zone
             * @example Indian/Maldives
             */
            timeZone?: string;
            /** Format: uuid */
            organisationId?: string | null;
            position?: string | null;
            /**
             * @description As the person states it, for funders’ reports; null = not recorded
             * @enum {string|null}
             */
            gender?: "female" | "male" | "other" | "undisclosed" | null;
        };
        SetRolesDto: {
            /**
             * @example [
             *       "instructor",
             *       "coordinator"
             *     ]
             */
            roles: ("admin" | "coordinator" | "instructor" | "trainee")[];
        };
        InvitationResponse: {
            /**
             * Format: date-time
             * @description UTC
             */
            expiresAt: string;
        };
        OrganisationPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["OrganisationResponse"][];
        };
        CreateOrganisationDto: {
            /** @enum {string} */
            kind: "host" | "funder" | "home_government" | "other";
            /** @example Hanoi Urban Environment Company (URENCO) */
            name: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            country: string;
            /** @example Hanoi */
            city?: string | null;
        };
        UpdateOrganisationDto: {
            /** @enum {string} */
            kind?: "host" | "funder" | "home_government" | "other";
            /** @example Hanoi Urban Environment Company (URENCO) */
            name?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example VN
             */
            country?: string;
            /** @example Hanoi */
            city?: string | null;
        };
        AuditEventResponse: {
            id: string;
            /**
             * Format: date-time
             * @description UTC
             */
            occurredAt: string;
            /** @enum {string} */
            action: "auth.login_succeeded" | "auth.login_failed" | "auth.login_throttled" | "auth.refresh_reused" | "auth.logout" | "auth.password_changed" | "auth.password_reset_requested" | "auth.password_reset" | "user.invited" | "user.invitation_resent" | "user.invitation_accepted" | "user.updated" | "user.roles_changed" | "user.disabled" | "user.enabled" | "user.imported" | "organisation.created" | "organisation.updated" | "programme.created" | "programme.updated" | "programme.status_changed" | "programme.staff_changed" | "programme.cloned" | "programme_session.created" | "programme_session.updated" | "programme_session.cancelled" | "programme_session.rule_overridden" | "enrolment.created" | "enrolment.status_changed" | "enrolment.promoted" | "enrolment.imported" | "completion.rules_changed" | "facility.created" | "facility.updated" | "facility.archived" | "menu.created" | "menu.updated" | "menu.text_saved" | "menu.text_removed" | "menu.archived" | "menu.restored" | "roster.downloaded" | "calendar_feed.rotated" | "material.created" | "material.updated" | "material.archived" | "material.copied" | "material.version_added" | "material.delivery_resent" | "attendance.recorded" | "attendance.checked_in" | "attendance.synced" | "attendance.imported" | "attendance.auto_absent" | "attendance.check_in_code_created" | "report_stage.created" | "report_stage.updated" | "report_stage.deleted" | "report_stage.rubric_set" | "report.submitted" | "report.reviewed" | "indicator.created" | "indicator.updated" | "indicator.value_reported" | "indicator.deleted" | "certificate.issued" | "certificate.revoked" | "assessment.question_created" | "assessment.question_updated" | "assessment.key_corrected" | "assessment.created" | "assessment.updated" | "assessment.published" | "assessment.regraded" | "assessment.points_overridden" | "export.requested" | "export.downloaded" | "survey_template.created" | "survey_template.updated" | "survey.created" | "survey.updated" | "survey.opened" | "survey.closed" | "survey.invited" | "survey_plan.updated";
            /** Format: uuid */
            actorId?: string | null;
            targetType?: string | null;
            targetId?: string | null;
            ip?: string | null;
            requestId?: string | null;
            details?: Record<string, never> | null;
        };
        AuditEventPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["AuditEventResponse"][];
        };
        PhaseResponse: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            kind: "distance" | "in_country" | "follow_up" | "other";
            /** @example 2026-10-05 */
            startsOn: string;
            /** @example 2026-10-16 */
            endsOn: string;
        };
        StaffResponse: {
            /** Format: uuid */
            id: string;
            displayName: string;
            email: string;
        };
        EnrolledCounts: {
            holdingPlaces: number;
            waitlisted: number;
        };
        ProgrammeResponse: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
            summary?: string | null;
            /** @enum {string} */
            mode: "online" | "on_site" | "hybrid";
            /** @example Asia/Tokyo */
            hostTimeZone: string;
            /**
             * @example [
             *       "en"
             *     ]
             */
            languageFallbacks: string[];
            /** @enum {string} */
            status: "draft" | "published" | "running" | "closed" | "archived";
            /** @enum {string} */
            conflictPolicy: "refuse" | "warn";
            capacity?: number | null;
            funder?: components["schemas"]["OrganisationResponse"] | null;
            host?: components["schemas"]["OrganisationResponse"] | null;
            phases: components["schemas"]["PhaseResponse"][];
            coordinators: components["schemas"]["StaffResponse"][];
            instructors: components["schemas"]["StaffResponse"][];
            enrolled: components["schemas"]["EnrolledCounts"];
            /** Format: uuid */
            clonedFromId?: string | null;
            /**
             * @description What the caller may do with it
             * @enum {string}
             */
            access: "manage" | "teach" | "attend";
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
        };
        ProgrammePage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["ProgrammeResponse"][];
        };
        PhaseDto: {
            /**
             * Format: uuid
             * @description An existing phase to keep (when replacing phases)
             */
            id?: string;
            /** @example In-country training in Tokyo */
            name: string;
            /** @enum {string} */
            kind: "distance" | "in_country" | "follow_up" | "other";
            /**
             * @description A date in the host zone
             * @example 2026-10-05
             */
            startsOn: string;
            /**
             * @description Inclusive
             * @example 2026-10-16
             */
            endsOn: string;
        };
        CreateProgrammeDto: {
            /**
             * @description Letters, digits and dashes; stored upper-case
             * @example MOEJ-2026-WM
             */
            code: string;
            /** @example Training for overseas officials: municipal solid waste management */
            title: string;
            summary?: string | null;
            /** Format: uuid */
            funderOrganisationId?: string | null;
            /** Format: uuid */
            hostOrganisationId?: string | null;
            /** @enum {string} */
            mode: "online" | "on_site" | "hybrid";
            /** @example Asia/Tokyo */
            hostTimeZone: string;
            /**
             * @description Languages trainees read materials in after their own, in order (BCP 47)
             * @example [
             *       "en"
             *     ]
             */
            languageFallbacks?: string[];
            /**
             * @default refuse
             * @enum {string}
             */
            conflictPolicy: "refuse" | "warn";
            capacity?: number | null;
            phases?: components["schemas"]["PhaseDto"][];
        };
        UpdateProgrammeDto: {
            /** @example Training for overseas officials: municipal solid waste management */
            title?: string;
            summary?: string | null;
            /** Format: uuid */
            funderOrganisationId?: string | null;
            /** Format: uuid */
            hostOrganisationId?: string | null;
            /** @enum {string} */
            mode?: "online" | "on_site" | "hybrid";
            /** @example Asia/Tokyo */
            hostTimeZone?: string;
            /**
             * @description Languages trainees read materials in after their own, in order (BCP 47)
             * @example [
             *       "en"
             *     ]
             */
            languageFallbacks?: string[];
            /**
             * @default refuse
             * @enum {string}
             */
            conflictPolicy: "refuse" | "warn";
            capacity?: number | null;
        };
        SetPhasesDto: {
            phases: components["schemas"]["PhaseDto"][];
        };
        SetStaffDto: {
            coordinators: string[];
            instructors: string[];
        };
        TransitionDto: {
            /** @enum {string} */
            status: "draft" | "published" | "running" | "closed" | "archived";
        };
        CloneProgrammeDto: {
            /** @example MOEJ-2027-WM */
            code: string;
            title?: string;
            /**
             * @description The new first day: every date shifts by as many days
             * @example 2027-10-04
             */
            startsOn: string;
        };
        TransportLegDto: {
            /** @example chartered bus */
            mode: string;
            /** @example Hotel lobby, Shinjuku */
            from: string;
            /** @example Shin-Koto incineration plant */
            to: string;
            /** @example 08:45 */
            departsAt?: string;
            notes?: string;
        };
        SiteVisitDto: {
            /** @example Main gate, visitor centre */
            meetingPoint: string;
            transport: components["schemas"]["TransportLegDto"][];
            /**
             * @example [
             *       "helmet",
             *       "safety shoes"
             *     ]
             */
            ppe: string[];
            /** @example No photographs in the control room */
            photography: string;
            /**
             * @example [
             *       "en",
             *       "dv"
             *     ]
             */
            interpreterLanguages: string[];
            /** @example 2 */
            interpreters: number;
            /** @description Visitors from abroad (the host may lower the cap) */
            overseasGroup: boolean;
        };
        ConflictResponse: {
            /** @enum {string} */
            kind: "instructor" | "trainee" | "facility";
            id: string;
            name: string;
            /** Format: uuid */
            sessionId: string;
            sessionTitle: string;
            programmeCode: string;
        };
        SessionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            phaseId?: string | null;
            menuItemId?: string | null;
            /** @enum {string} */
            kind: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            title: string;
            description?: string | null;
            /** @description UTC */
            startsAt?: string | null;
            /** @description UTC */
            endsAt?: string | null;
            /** @description The IANA zone it was planned in */
            timeZone: string;
            allDayFrom?: string | null;
            allDayTo?: string | null;
            instructorIds: string[];
            facilityId?: string | null;
            room?: string | null;
            capacity?: number | null;
            /** @enum {string} */
            status: "scheduled" | "moved" | "cancelled";
            meetingUrl?: string | null;
            dialIn?: string | null;
            siteVisit?: components["schemas"]["SiteVisitDto"] | null;
            ruleOverride?: Record<string, never> | null;
            /** @description Double bookings let through (programme warns) */
            warnings: components["schemas"]["ConflictResponse"][];
        };
        HostRuleOverrideDto: {
            /** @example The host agreed by phone to an 08:30 start for this group (K. Tanaka, 2026-11-20) */
            reason: string;
        };
        CreateSessionDto: {
            /**
             * @description Needed unless menuItemId gives it
             * @enum {string}
             */
            kind?: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            /**
             * @description Needed unless menuItemId gives it
             * @example Separation at source: the 23 wards’ rules
             */
            title?: string;
            description?: string | null;
            /** Format: uuid */
            phaseId?: string | null;
            /** Format: uuid */
            menuItemId?: string | null;
            /**
             * @description A wall-clock time meant in timeZone, or an ISO instant with its offset
             * @example 2026-10-06T09:30
             */
            startsAt?: Record<string, never>;
            /** @example 2026-10-06T11:00 */
            endsAt?: Record<string, never>;
            /**
             * @description Defaults to the programme’s host zone
             * @example Asia/Tokyo
             */
            timeZone?: string;
            /**
             * @description An all-day item: a date, not a midnight
             * @example 2026-10-10
             */
            allDayFrom?: Record<string, never>;
            /**
             * @description Inclusive; defaults to allDayFrom
             * @example 2026-10-10
             */
            allDayTo?: Record<string, never>;
            instructorIds?: string[];
            /** Format: uuid */
            facilityId?: string | null;
            room?: string | null;
            capacity?: number | null;
            /** @description Shown only to enrolled people and staff */
            meetingUrl?: string | null;
            dialIn?: string | null;
            siteVisit?: components["schemas"]["SiteVisitDto"] | null;
            /** @description Schedule a site visit that breaks a host rule anyway; the reason is kept with the rules */
            override?: components["schemas"]["HostRuleOverrideDto"];
        };
        OutsideHoursResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @example America/Los_Angeles */
            timeZone: string;
            /** @example 2026-10-09T00:00:00-07:00 */
            localStart: string;
            /** @example 2026-10-09T01:30:00-07:00 */
            localEnd: string;
        };
        ReasonableHoursResponse: {
            /** Format: uuid */
            sessionId: string;
            title: string;
            /**
             * Format: date-time
             * @description UTC
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            endsAt: string;
            /** @description Trainees for whom it falls outside 07:00–22:00 locally */
            outside: components["schemas"]["OutsideHoursResponse"][];
        };
        UpdateSessionDto: {
            /**
             * @description Needed unless menuItemId gives it
             * @enum {string}
             */
            kind?: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            /**
             * @description Needed unless menuItemId gives it
             * @example Separation at source: the 23 wards’ rules
             */
            title?: string;
            description?: string | null;
            /** Format: uuid */
            phaseId?: string | null;
            /** Format: uuid */
            menuItemId?: string | null;
            /**
             * @description A wall-clock time meant in timeZone, or an ISO instant with its offset
             * @example 2026-10-06T09:30
             */
            startsAt?: Record<string, never>;
            /** @example 2026-10-06T11:00 */
            endsAt?: Record<string, never>;
            /**
             * @description Defaults to the programme’s host zone
             * @example Asia/Tokyo
             */
            timeZone?: string;
            /**
             * @description An all-day item: a date, not a midnight
             * @example 2026-10-10
             */
            allDayFrom?: Record<string, never>;
            /**
             * @description Inclusive; defaults to allDayFrom
             * @example 2026-10-10
             */
            allDayTo?: Record<string, never>;
            instructorIds?: string[];
            /** Format: uuid */
            facilityId?: string | null;
            room?: string | null;
            capacity?: number | null;
            /** @description Shown only to enrolled people and staff */
            meetingUrl?: string | null;
            dialIn?: string | null;
            siteVisit?: components["schemas"]["SiteVisitDto"] | null;
            /** @description Schedule a site visit that breaks a host rule anyway; the reason is kept with the rules */
            override?: components["schemas"]["HostRuleOverrideDto"];
        };
        CancelSessionDto: {
            /** @example Typhoon warning: the plant is closed to visitors */
            reason: string;
        };
        EnrolDto: {
            /**
             * Format: uuid
             * @description A trainee account
             */
            userId: string;
        };
        EnrolledOrganisationResponse: {
            /** Format: uuid */
            id: string;
            /** @example Ministry of Climate Change, Environment and Energy */
            name: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example MV
             */
            country: string;
        };
        EnrolledTraineeResponse: {
            /** Format: uuid */
            id: string;
            /** @example Aminath Shifaza */
            displayName: string;
            email: string;
            /**
             * @description BCP 47
             * @example dv
             */
            locale: string;
            /**
             * @description IANA time zone
             * @example Indian/Maldives
             */
            timeZone: string;
            organisation?: components["schemas"]["EnrolledOrganisationResponse"] | null;
            /**
             * @description invited until they open their account
             * @enum {string}
             */
            accountStatus: "invited" | "active" | "disabled";
        };
        EnrolmentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            status: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            /**
             * Format: date-time
             * @description UTC; when they joined the waiting list
             */
            waitlistedAt?: string | null;
            /** @description 1 = the next to move up */
            waitlistPosition?: number | null;
            trainee: components["schemas"]["EnrolledTraineeResponse"];
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            updatedAt: string;
        };
        EnrolmentPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["EnrolmentResponse"][];
        };
        EnrolmentImportRowResponse: {
            /** @description Data row, from 1 */
            row: number;
            /** @description The line of the file the row starts on */
            line: number;
            email?: string | null;
            /**
             * @description enrolled: with a place (status invited); waitlisted: on the waiting list
             * @enum {string}
             */
            outcome: "enrolled" | "waitlisted" | "skipped";
            reason?: string;
            /** Format: uuid */
            userId?: string;
            /** Format: uuid */
            enrolmentId?: string;
            /** @description A new invited trainee account was made (and its invitation sent) */
            accountCreated?: boolean;
        };
        EnrolmentImportReportResponse: {
            dryRun: boolean;
            enrolled: number;
            waitlisted: number;
            skipped: number;
            accountsCreated: number;
            rows: components["schemas"]["EnrolmentImportRowResponse"][];
        };
        ChangeEnrolmentStatusDto: {
            /**
             * @description waitlisted → withdrawn; invited → active | withdrawn; active → completed | withdrawn | not_completed. A trainee may only withdraw themself.
             * @enum {string}
             */
            status: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            /** @description Kept in the audit log */
            reason?: string;
        };
        EnrolledProgrammeResponse: {
            /** Format: uuid */
            id: string;
            /** @example MOEJ-2026-WM */
            code: string;
            title: string;
            /** @enum {string} */
            status: "draft" | "published" | "running" | "closed" | "archived";
            /** @example Asia/Tokyo */
            hostTimeZone: string;
        };
        MyEnrolmentResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            /** Format: date-time */
            waitlistedAt?: string | null;
            /** @description 1 = the next to move up */
            waitlistPosition?: number | null;
            programme: components["schemas"]["EnrolledProgrammeResponse"];
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            updatedAt: string;
        };
        MyEnrolmentPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["MyEnrolmentResponse"][];
        };
        FacilityResponse: {
            /** Format: uuid */
            id: string;
            /** @example Shin-Koto Incineration Plant */
            name: string;
            /** @enum {string} */
            kind: "collection_depot" | "transfer_station" | "incineration_plant" | "recycling_facility" | "final_disposal_site" | "other";
            hostOrganisation?: components["schemas"]["OrganisationResponse"] | null;
            /** @example 14-1-2 Shiomi, Koto-ku, Tokyo 135-0052 */
            address: string;
            /** @example 35.657 */
            latitude?: number | null;
            /** @example 139.816 */
            longitude?: number | null;
            /**
             * @description The host's IANA zone
             * @example Asia/Tokyo
             */
            timeZone: string;
            contactName?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
            /** @example 40 */
            capacity: number;
            /** @example 20 */
            overseasCapacity?: number | null;
            safetyNotes?: string | null;
            /**
             * @description ISO weekdays, 1 = Monday
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            allowedWeekdays: number[];
            /**
             * @description Host time
             * @example 09:30
             */
            earliestStart?: string | null;
            /**
             * @description Host time
             * @example 15:00
             */
            latestStart?: string | null;
            /** @example 90 */
            typicalDurationMin?: number | null;
            /** @example 14 */
            rosterDueDays: number;
            /** @example 15 */
            visitorsPerInterpreter?: number | null;
            /** @enum {string} */
            status: "active" | "archived";
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            updatedAt: string;
        };
        FacilityPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["FacilityResponse"][];
        };
        CreateFacilityDto: {
            /** @example Shin-Koto Incineration Plant */
            name: string;
            /** @enum {string} */
            kind: "collection_depot" | "transfer_station" | "incineration_plant" | "recycling_facility" | "final_disposal_site" | "other";
            /**
             * Format: uuid
             * @description The host organisation
             */
            hostOrganisationId?: string | null;
            /** @example 14-1-2 Shiomi, Koto-ku, Tokyo 135-0052 */
            address: string;
            /** @example 35.657 */
            latitude?: number | null;
            /** @example 139.816 */
            longitude?: number | null;
            /**
             * @description The host's IANA zone: its rules are meant there
             * @example Asia/Tokyo
             */
            timeZone: string;
            contactName?: string | null;
            contactEmail?: string | null;
            /** @example +81 3-0000-0000 */
            contactPhone?: string | null;
            /**
             * @description Visitors at once
             * @example 40
             */
            capacity: number;
            /**
             * @description A lower cap for overseas groups, not above the capacity
             * @example 20
             */
            overseasCapacity?: number | null;
            safetyNotes?: string | null;
            /**
             * @description ISO weekdays visits may take place on: 1 = Monday … 7 = Sunday; every day when absent
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            allowedWeekdays?: number[];
            /**
             * @description Host time; no limit when null
             * @example 09:30
             */
            earliestStart?: string | null;
            /**
             * @description Host time, inclusive; no limit when null
             * @example 15:00
             */
            latestStart?: string | null;
            /** @example 90 */
            typicalDurationMin?: number | null;
            /**
             * @description The visitor roster is due this many days before the visit
             * @default 0
             * @example 14
             */
            rosterDueDays: number;
            /**
             * @description One interpreter per this many visitors of an overseas group; no rule when null
             * @example 15
             */
            visitorsPerInterpreter?: number | null;
        };
        UpdateFacilityDto: {
            /** @example Shin-Koto Incineration Plant */
            name?: string;
            /** @enum {string} */
            kind?: "collection_depot" | "transfer_station" | "incineration_plant" | "recycling_facility" | "final_disposal_site" | "other";
            /**
             * Format: uuid
             * @description The host organisation
             */
            hostOrganisationId?: string | null;
            /** @example 14-1-2 Shiomi, Koto-ku, Tokyo 135-0052 */
            address?: string;
            /** @example 35.657 */
            latitude?: number | null;
            /** @example 139.816 */
            longitude?: number | null;
            /**
             * @description The host's IANA zone: its rules are meant there
             * @example Asia/Tokyo
             */
            timeZone?: string;
            contactName?: string | null;
            contactEmail?: string | null;
            /** @example +81 3-0000-0000 */
            contactPhone?: string | null;
            /**
             * @description Visitors at once
             * @example 40
             */
            capacity?: number;
            /**
             * @description A lower cap for overseas groups, not above the capacity
             * @example 20
             */
            overseasCapacity?: number | null;
            safetyNotes?: string | null;
            /**
             * @description ISO weekdays visits may take place on: 1 = Monday … 7 = Sunday; every day when absent
             * @example [
             *       1,
             *       2,
             *       3,
             *       4,
             *       5
             *     ]
             */
            allowedWeekdays?: number[];
            /**
             * @description Host time; no limit when null
             * @example 09:30
             */
            earliestStart?: string | null;
            /**
             * @description Host time, inclusive; no limit when null
             * @example 15:00
             */
            latestStart?: string | null;
            /** @example 90 */
            typicalDurationMin?: number | null;
            /**
             * @description The visitor roster is due this many days before the visit
             * @default 0
             * @example 14
             */
            rosterDueDays: number;
            /**
             * @description One interpreter per this many visitors of an overseas group; no rule when null
             * @example 15
             */
            visitorsPerInterpreter?: number | null;
        };
        CheckVisitDto: {
            /**
             * @description An ISO instant with its offset
             * @example 2026-10-06T01:00:00Z
             */
            startsAt: string;
            /**
             * @description An ISO instant with its offset
             * @example 2026-10-06T02:30:00Z
             */
            endsAt: string;
            /** @example 18 */
            visitors: number;
            /**
             * @description A group from abroad: the interpreter rule and the lower cap apply
             * @example true
             */
            overseasGroup: boolean;
            /** @example 2 */
            interpreters: number;
        };
        BrokenRuleResponse: {
            /** @enum {string} */
            rule: "weekday" | "earliest-start" | "latest-start" | "duration" | "capacity" | "overseas-capacity" | "interpreters" | "roster-due";
            /**
             * @description The field of the visit it concerns
             * @example startsAt
             */
            field: string;
            /** @example starts at 08:00 Asia/Tokyo, before the earliest start of 09:30 */
            reason: string;
        };
        VisitCheckResponse: {
            /** @description True when the visit breaks no host rule */
            ok: boolean;
            brokenRules: components["schemas"]["BrokenRuleResponse"][];
            /**
             * @description When the host wants the visitor roster (host date)
             * @example 2026-09-22
             */
            rosterDueOn: string;
            /** @example Asia/Tokyo */
            timeZone: string;
            /**
             * @description The start on the host clock
             * @example 2026-10-06T10:00:00+09:00
             */
            localStart: string;
            /**
             * @description The end on the host clock
             * @example 2026-10-06T11:30:00+09:00
             */
            localEnd: string;
        };
        MenuTextResponse: {
            /**
             * @description BCP 47
             * @example ja
             */
            locale: string;
            /** @example ファイバー・トゥ・ファイバー：繊維リサイクル */
            title: string;
            summary?: string | null;
            learningOutcomes: string[];
            /**
             * Format: date-time
             * @description UTC
             */
            updatedAt: string;
        };
        MenuItemResponse: {
            /** Format: uuid */
            id: string;
            /** @example TMG-TEX-101 */
            code: string;
            /** @enum {string} */
            format: "lecture" | "webinar" | "workshop" | "meeting" | "site_visit";
            /**
             * @description Minutes
             * @example 90
             */
            defaultDurationMin: number;
            /**
             * @description BCP 47: the locale it was written in
             * @example ja
             */
            originalLocale: string;
            /** @enum {string} */
            status: "active" | "archived";
            topics: ("separation-and-collection" | "3r" | "incineration" | "intermediate-treatment" | "final-disposal" | "recycling" | "textile-recycling" | "reuse" | "food-waste" | "hazardous-waste" | "policy-and-finance" | "public-awareness")[];
            /**
             * @description Languages it is offered in
             * @example [
             *       "ja",
             *       "en"
             *     ]
             */
            languages: string[];
            /**
             * @description The locale of the text served: the one asked for (`lang`, else the caller’s), else its language, else another tag of that language, else English, else the original locale
             * @example en
             */
            locale: string;
            /**
             * @example [
             *       "en",
             *       "ja"
             *     ]
             */
            availableLocales: string[];
            /** @example Fiber-to-Fiber: textile recycling */
            title: string;
            summary?: string | null;
            learningOutcomes: string[];
            /** @description Every translation, for admins and coordinators; null for others */
            translations?: components["schemas"]["MenuTextResponse"][] | null;
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            updatedAt: string;
        };
        MenuItemPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["MenuItemResponse"][];
        };
        MenuItemTextDto: {
            /** @example Fiber-to-Fiber: textile recycling */
            title: string;
            summary?: string | null;
            /**
             * @example [
             *       "Explain how used garments are sorted for fibre-to-fibre recycling"
             *     ]
             */
            learningOutcomes?: string[];
            /**
             * @description BCP 47
             * @example en
             */
            locale: string;
        };
        CreateMenuItemDto: {
            /**
             * @description A prefix starting with a letter, then 1–5 parts of letters and digits; stored upper-case
             * @example TMG-3R-101
             */
            code: string;
            /** @enum {string} */
            format: "lecture" | "webinar" | "workshop" | "meeting" | "site_visit";
            /**
             * @description Minutes
             * @example 90
             */
            defaultDurationMin: number;
            /**
             * @description BCP 47: the locale it was written in; `texts` must hold it
             * @example ja
             */
            originalLocale: string;
            /**
             * @example [
             *       "textile-recycling",
             *       "reuse"
             *     ]
             */
            topics?: ("separation-and-collection" | "3r" | "incineration" | "intermediate-treatment" | "final-disposal" | "recycling" | "textile-recycling" | "reuse" | "food-waste" | "hazardous-waste" | "policy-and-finance" | "public-awareness")[];
            /**
             * @description BCP 47 tags of the languages it can be delivered in; the original locale when left out
             * @example [
             *       "ja",
             *       "en"
             *     ]
             */
            languages?: string[];
            /** @description One per locale, one of them in the original locale */
            texts: components["schemas"]["MenuItemTextDto"][];
        };
        UpdateMenuItemDto: {
            /**
             * @description A prefix starting with a letter, then 1–5 parts of letters and digits; stored upper-case
             * @example TMG-3R-101
             */
            code?: string;
            /** @enum {string} */
            format?: "lecture" | "webinar" | "workshop" | "meeting" | "site_visit";
            /**
             * @description Minutes
             * @example 90
             */
            defaultDurationMin?: number;
            /**
             * @description BCP 47: the locale it was written in; `texts` must hold it
             * @example ja
             */
            originalLocale?: string;
            /**
             * @example [
             *       "textile-recycling",
             *       "reuse"
             *     ]
             */
            topics?: ("separation-and-collection" | "3r" | "incineration" | "intermediate-treatment" | "final-disposal" | "recycling" | "textile-recycling" | "reuse" | "food-waste" | "hazardous-waste" | "policy-and-finance" | "public-awareness")[];
            /**
             * @description BCP 47 tags of the languages it can be delivered in; the original locale when left out
             * @example [
             *       "ja",
             *       "en"
             *     ]
             */
            languages?: string[];
        };
        MenuTextDto: {
            /** @example Fiber-to-Fiber: textile recycling */
            title: string;
            summary?: string | null;
            /**
             * @example [
             *       "Explain how used garments are sorted for fibre-to-fibre recycling"
             *     ]
             */
            learningOutcomes?: string[];
        };
        ScheduleProgrammeResponse: {
            /** Format: uuid */
            id: string;
            /** @example MOEJ-2026-WM */
            code: string;
            title: string;
        };
        ScheduleLocationResponse: {
            /** @example Room 501, Tokyo Metropolitan Government */
            room?: string | null;
            /**
             * Format: uuid
             * @description For site visits
             */
            facilityId?: string | null;
        };
        ZonedDateTimeResponse: {
            /**
             * @description Wall-clock time with its offset
             * @example 2026-10-06T06:00:00+05:30
             */
            dateTime: string;
            /**
             * @description IANA time zone
             * @example Asia/Kolkata
             */
            zone: string;
        };
        TimePointResponse: {
            /** @example 2026-10-06T00:30:00.000Z */
            utc: string;
            /** @description In your own zone */
            local: components["schemas"]["ZonedDateTimeResponse"];
            /** @description In the programme’s host zone */
            host: components["schemas"]["ZonedDateTimeResponse"];
        };
        ScheduleItemResponse: {
            /**
             * Format: uuid
             * @description The session
             */
            id: string;
            programme: components["schemas"]["ScheduleProgrammeResponse"];
            /** @enum {string} */
            kind: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            title: string;
            /**
             * @description Cancelled sessions stay, so that people see it
             * @enum {string}
             */
            status: "scheduled" | "moved" | "cancelled";
            /**
             * @description Your relation to the programme: coordinator, instructor or trainee
             * @enum {string}
             */
            access: "manage" | "teach" | "attend";
            /** @description You are one of its instructors */
            teaching: boolean;
            location: components["schemas"]["ScheduleLocationResponse"];
            /** @description All-day items have dates, the same in every zone, and no times */
            allDay: boolean;
            start?: components["schemas"]["TimePointResponse"] | null;
            end?: components["schemas"]["TimePointResponse"] | null;
            /**
             * @description All-day items
             * @example 2026-10-07
             */
            from?: string | null;
            /**
             * @description Inclusive
             * @example 2026-10-08
             */
            to?: string | null;
            /** @description Webinars; not for cancelled sessions */
            meetingUrl?: string | null;
            dialIn?: string | null;
        };
        ScheduleResponse: {
            /**
             * @description Your zone: the one of every `local`
             * @example Asia/Kolkata
             */
            timeZone: string;
            /**
             * @description The window, in your zone
             * @example 2026-09-24
             */
            from: string;
            /**
             * @description Inclusive
             * @example 2027-01-21
             */
            to: string;
            items: components["schemas"]["ScheduleItemResponse"][];
        };
        CalendarFeedResponse: {
            /**
             * @description Secret: whoever has it reads your schedule. Rotate it if it leaks.
             * @example https://kenshu.example/api/v1/calendar/3q2-7wQk…x8.ics
             */
            url: string;
            /** @example webcal://kenshu.example/api/v1/calendar/3q2-7wQk…x8.ics */
            webcalUrl: string;
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC; the last rotation
             */
            rotatedAt?: string | null;
        };
        CalendarProgrammeResponse: {
            /** Format: uuid */
            id: string;
            /** @example MOEJ-2026-WM */
            code: string;
            title: string;
            /** @example Asia/Tokyo */
            hostTimeZone: string;
        };
        ProgrammeCalendarResponse: {
            programme: components["schemas"]["CalendarProgrammeResponse"];
            /**
             * @description Your zone: the one of every `local`
             * @example Asia/Tokyo
             */
            timeZone: string;
            items: components["schemas"]["ScheduleItemResponse"][];
        };
        TaskProgrammeResponse: {
            /** Format: uuid */
            id: string;
            code: string;
            title: string;
        };
        TaskSubjectResponse: {
            /** @enum {string} */
            type: "session";
            /** Format: uuid */
            id: string;
            title: string;
        };
        TaskActionResponse: {
            /** @enum {string} */
            method: "GET" | "POST";
            /** @example /api/v1/sessions/0b4c…/roster */
            href: string;
        };
        TaskFacilityResponse: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        RosterDownloadResponse: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            format: "csv" | "pdf";
            /** @enum {string} */
            language: "ja" | "en";
            /** @description Visitors on the roster then */
            visitors: number;
        };
        RosterTaskResponse: {
            facility?: components["schemas"]["TaskFacilityResponse"] | null;
            /**
             * @description The visit’s (first) day in the host’s zone
             * @example 2026-10-06
             */
            visitOn: string;
            /** @description UTC; null for an all-day visit */
            startsAt?: string | null;
            /** @description Trainees who will visit (invited or active) now */
            visitors: number;
            lastDownload?: components["schemas"]["RosterDownloadResponse"] | null;
        };
        TaskResponse: {
            /** @example site_visit_roster:0b4c… */
            id: string;
            /** @enum {string} */
            kind: "site_visit_roster";
            title: string;
            /**
             * @description In `timeZone`
             * @example 2026-09-22
             */
            dueOn: string;
            /** @example Asia/Tokyo */
            timeZone: string;
            /** @description Calendar days to the due date there; negative once past */
            daysLeft: number;
            /** @enum {string} */
            state: "overdue" | "due" | "upcoming" | "done";
            programme: components["schemas"]["TaskProgrammeResponse"];
            subject: components["schemas"]["TaskSubjectResponse"];
            action: components["schemas"]["TaskActionResponse"];
            /** @description For site_visit_roster */
            roster?: components["schemas"]["RosterTaskResponse"];
        };
        ReleaseDto: {
            /**
             * @description now; at an instant; before_session: offsetDays before its session starts; after_session: offsetDays (0: at once) after it ends
             * @enum {string}
             */
            rule: "now" | "at" | "before_session" | "after_session";
            /**
             * Format: date-time
             * @description For `at`: UTC
             */
            at?: string | null;
            offsetDays?: number | null;
        };
        CreateMaterialDto: {
            /** @enum {string} */
            kind: "file" | "link" | "text";
            /** @example Landfill gas management — slides */
            title: string;
            description?: string | null;
            /**
             * @description BCP 47: the language it is written in
             * @example ja
             */
            originalLanguage: string;
            /**
             * @default trainees
             * @enum {string}
             */
            audience: "trainees" | "staff";
            /** @description Default: now */
            release?: components["schemas"]["ReleaseDto"];
        };
        ReleaseResponse: {
            /** @enum {string} */
            rule: "now" | "at" | "before_session" | "after_session";
            at?: string | null;
            offsetDays?: number | null;
            /** @description UTC; null while unknown */
            releasesAt?: string | null;
            released: boolean;
        };
        MaterialVersionResponse: {
            /** Format: uuid */
            id: string;
            /** @example en */
            language: string;
            /** @example 2 */
            number: number;
            fileName?: string | null;
            /** @description Sniffed from the content */
            contentType?: string | null;
            sizeBytes?: number | null;
            sha256?: string | null;
            url?: string | null;
            /** @description Sanitised HTML */
            html?: string | null;
            note?: string | null;
            sourceNumber?: number | null;
            /** @description A translation whose original has a later version */
            outdated: boolean;
            /** @description UTC */
            createdAt: string;
        };
        MaterialResponse: {
            /** Format: uuid */
            id: string;
            menuItemId?: string | null;
            programmeId?: string | null;
            sessionId?: string | null;
            copiedFromId?: string | null;
            /** @enum {string} */
            kind: "file" | "link" | "text";
            title: string;
            description?: string | null;
            /** @example ja */
            originalLanguage: string;
            /** @enum {string} */
            audience: "trainees" | "staff";
            release: components["schemas"]["ReleaseResponse"];
            archived: boolean;
            languages: string[];
            /** @description In the caller’s language */
            current?: components["schemas"]["MaterialVersionResponse"] | null;
            /** @description Staff only: every version */
            versions?: components["schemas"]["MaterialVersionResponse"][];
            createdAt: string;
        };
        CreateProgrammeMaterialDto: {
            /** @enum {string} */
            kind: "file" | "link" | "text";
            /** @example Landfill gas management — slides */
            title: string;
            description?: string | null;
            /**
             * @description BCP 47: the language it is written in
             * @example ja
             */
            originalLanguage: string;
            /**
             * @default trainees
             * @enum {string}
             */
            audience: "trainees" | "staff";
            /** @description Default: now */
            release?: components["schemas"]["ReleaseDto"];
            /**
             * Format: uuid
             * @description A session of the programme
             */
            sessionId?: string | null;
        };
        UpdateMaterialDto: {
            /** @example Landfill gas management — slides */
            title?: string;
            description?: string | null;
            /**
             * @default trainees
             * @enum {string}
             */
            audience: "trainees" | "staff";
            /** @description Default: now */
            release?: components["schemas"]["ReleaseDto"];
            /** @description Archive (hide from trainees, stop deliveries) or restore */
            archived?: boolean;
        };
        CopyMaterialDto: {
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            sessionId?: string | null;
            /**
             * @default trainees
             * @enum {string}
             */
            audience: "trainees" | "staff";
            release?: components["schemas"]["ReleaseDto"];
        };
        AddVersionDto: {
            /**
             * @description BCP 47 language of this version
             * @example en
             */
            language: string;
            /** @description What changed */
            note?: string | null;
            /** @description For a translation: the version of the original it translates (default: the latest) */
            sourceNumber?: number | null;
            /** @description For a link: an absolute http(s) URL */
            url?: string;
            /** @description For a text: HTML (a safe subset; anything active is refused) */
            html?: string;
        };
        BundleResponse: {
            /**
             * @description A phase id, or `programme`
             * @example programme
             */
            phaseKey: string;
            phaseName?: string | null;
            /** @example en */
            language: string;
            /** @enum {string} */
            status: "queued" | "ready" | "failed";
            materials: number;
            /** @description Bytes of the file served now */
            sizeBytes?: number | null;
            builtAt?: string | null;
            /** @example /api/v1/programmes/…/material-bundles/programme/en */
            downloadPath: string;
        };
        DeliveryUser: {
            /** Format: uuid */
            id: string;
            displayName: string;
            email: string;
        };
        DeliveryResponse: {
            /** Format: uuid */
            id: string;
            user: components["schemas"]["DeliveryUser"];
            language: string;
            versionNumber: number;
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "skipped";
            /** @description withdrawn, inactive, archived, superseded */
            skippedReason?: string | null;
            attempts: number;
            lastError?: string | null;
            queuedAt: string;
            sentAt?: string | null;
        };
        DeliveryCounts: {
            queued: number;
            sent: number;
            failed: number;
            skipped: number;
        };
        DeliveryPage: {
            /** @example 120 */
            total: number;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            items: components["schemas"]["DeliveryResponse"][];
            counts: components["schemas"]["DeliveryCounts"];
        };
        AttendanceCountsResponse: {
            present: number;
            late: number;
            absent: number;
            excused: number;
            unmarked: number;
            /** @description Attending trainees */
            total: number;
        };
        AttendanceEntryResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused" | "unmarked";
            note?: string | null;
            /** @enum {string|null} */
            source?: "instructor" | "check_in" | "offline" | "import" | "auto" | null;
            /** Format: date-time */
            recordedAt?: string | null;
            /** Format: uuid */
            recordedBy?: string | null;
            /** Format: date-time */
            checkedInAt?: string | null;
            minutesAttended?: number | null;
        };
        SessionRosterResponse: {
            /** Format: uuid */
            sessionId: string;
            /** Format: uuid */
            programmeId: string;
            title: string;
            /** @example scheduled */
            sessionStatus: string;
            /**
             * Format: date-time
             * @description UTC
             */
            startsAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            endsAt: string;
            /** @example Asia/Tokyo */
            timeZone: string;
            counts: components["schemas"]["AttendanceCountsResponse"];
            trainees: components["schemas"]["AttendanceEntryResponse"][];
        };
        AttendanceRecordDto: {
            /**
             * Format: uuid
             * @description The trainee
             */
            userId: string;
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused";
            /** @example Excused: flight delayed */
            note?: string | null;
        };
        SaveRosterDto: {
            /** @description The whole roster or part of it; all or nothing */
            records: components["schemas"]["AttendanceRecordDto"][];
        };
        OfflineRecordDto: {
            /**
             * Format: uuid
             * @description The trainee
             */
            userId: string;
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused";
            /** @example Excused: flight delayed */
            note?: string | null;
            /**
             * Format: date-time
             * @description When the device recorded it (with offset)
             */
            recordedAt: string;
        };
        SyncDto: {
            /**
             * @description Names the device, for the audit log
             * @example tablet-room-3
             */
            deviceId: string;
            records: components["schemas"]["OfflineRecordDto"][];
        };
        AppliedResponse: {
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused";
        };
        DecisionResponse: {
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused";
            note?: string | null;
            /** @enum {string} */
            source: "instructor" | "check_in" | "offline" | "import" | "auto";
            /**
             * Format: date-time
             * @description UTC
             */
            recordedAt: string;
            /** Format: uuid */
            recordedBy?: string | null;
        };
        SyncConflictResponse: {
            /** Format: uuid */
            userId: string;
            /**
             * @description Which decision stands
             * @enum {string}
             */
            kept: "incoming" | "existing";
            incoming: components["schemas"]["DecisionResponse"];
            existing: components["schemas"]["DecisionResponse"];
        };
        SyncReportResponse: {
            deviceId: string;
            applied: components["schemas"]["AppliedResponse"][];
            /** @description Trainees whose record was there already */
            unchanged: string[];
            conflicts: components["schemas"]["SyncConflictResponse"][];
        };
        ImportedTraineeResponse: {
            /** Format: uuid */
            userId: string;
            email: string;
            /** @description Within the session, overlaps counted once */
            minutes: number;
            /** @enum {string} */
            status: "present" | "absent";
            /** @enum {string} */
            outcome: "applied" | "unchanged" | "lost";
        };
        BadRowResponse: {
            line: number;
            /** @example join */
            field: string;
            reason: string;
        };
        AttendanceImportReportResponse: {
            dryRun: boolean;
            written: boolean;
            thresholdPercent: number;
            sessionMinutes: number;
            trainees: components["schemas"]["ImportedTraineeResponse"][];
            unknownEmails: string[];
            badRows: components["schemas"]["BadRowResponse"][];
            /** @description Attending trainees not in the file (left as they are) */
            notInFile: number;
        };
        CheckInCodeResponse: {
            /** @example K7Q3XP */
            code: string;
            /**
             * Format: date-time
             * @description UTC
             */
            validFrom: string;
            /**
             * Format: date-time
             * @description UTC
             */
            validUntil: string;
            /** @example https://kenshu.example/check-in/…?code=K7Q3XP */
            checkInUrl: string;
        };
        CheckInDto: {
            /**
             * @description The code shown in the session (case and dashes ignored)
             * @example K7Q3XP
             */
            code: string;
        };
        CheckInResponse: {
            /** Format: uuid */
            sessionId: string;
            /** @enum {string} */
            status: "present" | "late";
            /**
             * Format: date-time
             * @description UTC
             */
            checkedInAt: string;
        };
        TallyResponse: {
            sessions: number;
            ended: number;
            attended: number;
            excused: number;
        };
        ZonedResponse: {
            /** @example 2026-12-10T16:00:00+09:00 */
            dateTime: string;
            /** @example Asia/Tokyo */
            zone: string;
        };
        TimeResponse: {
            utc: string;
            /** @description In the trainee’s zone */
            local: components["schemas"]["ZonedResponse"];
            /** @description In the host’s zone */
            host: components["schemas"]["ZonedResponse"];
        };
        MySessionResponse: {
            /** Format: uuid */
            sessionId: string;
            title: string;
            kind: string;
            cancelled: boolean;
            start: components["schemas"]["TimeResponse"];
            end: components["schemas"]["TimeResponse"];
            /** @enum {string} */
            status: "present" | "late" | "absent" | "excused" | "unmarked";
            note?: string | null;
            /** @enum {string|null} */
            source?: "instructor" | "check_in" | "offline" | "import" | "auto" | null;
            checkedInAt?: components["schemas"]["TimeResponse"] | null;
            minutesAttended?: number | null;
        };
        MyAttendanceResponse: {
            /** Format: uuid */
            programmeId: string;
            /** @example Asia/Kolkata */
            timeZone: string;
            /** @example Asia/Tokyo */
            hostTimeZone: string;
            tally: components["schemas"]["TallyResponse"];
            sessions: components["schemas"]["MySessionResponse"][];
        };
        SessionSummaryResponse: {
            /** Format: uuid */
            sessionId: string;
            title: string;
            /**
             * Format: date-time
             * @description UTC
             */
            startsAt: string;
            ended: boolean;
            counts: components["schemas"]["AttendanceCountsResponse"];
            /** @description Present or late, 0–1; null until it ends */
            rate?: number | null;
        };
        TraineeSummaryResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            email: string;
            /** @description Present or late */
            attended: number;
            excused: number;
            /** @description Sessions that have ended */
            total: number;
            /** @description attended / total, 0–1 */
            rate?: number | null;
        };
        ProgrammeAttendanceResponse: {
            /** Format: uuid */
            programmeId: string;
            sessions: components["schemas"]["SessionSummaryResponse"][];
            trainees: components["schemas"]["TraineeSummaryResponse"][];
        };
        CreateReportStageDto: {
            /** @enum {string} */
            kind: "inception_report" | "action_plan" | "final_report" | "other";
            /** @example Action plan */
            title: string;
            instructions?: string | null;
            /**
             * Format: date-time
             * @description Due instant (UTC or with an offset). Give this or dueMonthsAfterEnd.
             */
            dueAt?: string | null;
            /** @description Due N months after the programme’s last day, at the end of that day in the host zone. Give this or dueAt. */
            dueMonthsAfterEnd?: number | null;
            /**
             * @description text, one file, or either/both
             * @default both
             * @enum {string}
             */
            forms: "text" | "file" | "both";
            /** @default true */
            requiredForCompletion: boolean;
            /** @description Default: after the last stage */
            position?: number;
        };
        ReportDueResponse: {
            /** @enum {string} */
            mode: "at" | "months_after_end";
            monthsAfterEnd?: number | null;
            at: components["schemas"]["TimePointResponse"];
        };
        RubricLevelResponse: {
            /** Format: uuid */
            id: string;
            label: string;
            points: number;
            description?: string | null;
        };
        RubricCriterionResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            description?: string | null;
            weight: number;
            levels: components["schemas"]["RubricLevelResponse"][];
        };
        ReportStageResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            kind: "inception_report" | "action_plan" | "final_report" | "other";
            title: string;
            instructions?: string | null;
            due: components["schemas"]["ReportDueResponse"];
            /** @enum {string} */
            forms: "text" | "file" | "both";
            requiredForCompletion: boolean;
            position: number;
            rubric: components["schemas"]["RubricCriterionResponse"][];
            /** @description Highest total a review can give */
            maxTotal?: number | null;
        };
        UpdateReportStageDto: {
            /** @enum {string} */
            kind?: "inception_report" | "action_plan" | "final_report" | "other";
            /** @example Action plan */
            title?: string;
            instructions?: string | null;
            /**
             * Format: date-time
             * @description Due instant (UTC or with an offset). Give this or dueMonthsAfterEnd.
             */
            dueAt?: string | null;
            /** @description Due N months after the programme’s last day, at the end of that day in the host zone. Give this or dueAt. */
            dueMonthsAfterEnd?: number | null;
            /**
             * @description text, one file, or either/both
             * @default both
             * @enum {string}
             */
            forms: "text" | "file" | "both";
            /** @default true */
            requiredForCompletion: boolean;
            /** @description Default: after the last stage */
            position?: number;
        };
        RubricLevelDto: {
            /** @example Meets expectations */
            label: string;
            /** @example 2 */
            points: number;
            description?: string | null;
        };
        RubricCriterionDto: {
            /** @example Feasibility */
            title: string;
            description?: string | null;
            /** @example 1 */
            weight: number;
            /** @description In order, lowest first (1–10) */
            levels: components["schemas"]["RubricLevelDto"][];
        };
        SetRubricDto: {
            /** @description In order (0–20); replaces the rubric */
            criteria: components["schemas"]["RubricCriterionDto"][];
        };
        ReportFileResponse: {
            /** Format: uuid */
            id: string;
            fileName: string;
            /** @description Sniffed from the content */
            contentType: string;
            sizeBytes: number;
            sha256: string;
        };
        SubmitReportDto: {
            /** @description Plain text; line breaks kept */
            text?: string | null;
            /**
             * Format: uuid
             * @description A file uploaded to …/files for this stage, not yet in a submission
             */
            fileId?: string | null;
        };
        ReviewerResponse: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        ReviewScoreResponse: {
            /** Format: uuid */
            criterionId: string;
            criterion: string;
            weight: number;
            /** Format: uuid */
            levelId: string;
            level: string;
            points: number;
        };
        ReportReviewResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            decision: "accepted" | "returned";
            comment?: string | null;
            /** @description Σ weight × points */
            total?: number | null;
            reviewer?: components["schemas"]["ReviewerResponse"] | null;
            reviewedAt: components["schemas"]["TimePointResponse"];
            scores: components["schemas"]["ReviewScoreResponse"][];
        };
        ReportSubmissionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            stageId: string;
            /** Format: uuid */
            userId: string;
            /** @example 1 */
            number: number;
            text?: string | null;
            file?: components["schemas"]["ReportFileResponse"] | null;
            /** @description Handed in after the due instant */
            late: boolean;
            /** @description A later version exists */
            superseded: boolean;
            submittedAt: components["schemas"]["TimePointResponse"];
            review?: components["schemas"]["ReportReviewResponse"] | null;
        };
        ReportHistoryResponse: {
            /** Format: uuid */
            stageId: string;
            /** Format: uuid */
            userId: string;
            /** @enum {string} */
            state: "not_submitted" | "submitted" | "returned" | "accepted" | "overdue";
            /** @description Newest first */
            submissions: components["schemas"]["ReportSubmissionResponse"][];
        };
        TraineeProgressResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @enum {string} */
            state: "not_submitted" | "submitted" | "returned" | "accepted" | "overdue";
            latestNumber?: number | null;
            submittedAt?: components["schemas"]["TimePointResponse"] | null;
            late: boolean;
        };
        ReportProgressResponse: {
            stage: components["schemas"]["ReportStageResponse"];
            trainees: components["schemas"]["TraineeProgressResponse"][];
        };
        ReviewScoreDto: {
            /** Format: uuid */
            criterionId: string;
            /**
             * Format: uuid
             * @description A level of that criterion
             */
            levelId: string;
        };
        ReviewReportDto: {
            /** @enum {string} */
            decision: "accepted" | "returned";
            /** @description Required to return */
            comment?: string | null;
            /** @description One level for every criterion of the rubric */
            scores: components["schemas"]["ReviewScoreDto"][];
        };
        CatalogueIndicatorResponse: {
            /** @example collection_coverage */
            code: string;
            /** @example Household waste collection coverage */
            name: string;
            /** @enum {string} */
            unit: "percent" | "tonnes_per_day" | "count" | "other";
        };
        CreateIndicatorDto: {
            /**
             * Format: uuid
             * @description Staff: the trainee whose action plan it is (required). Trainees leave it out.
             */
            userId?: string;
            /**
             * @description A catalogue suggestion (GET /indicator-catalogue): its name and unit are the defaults
             * @enum {string|null}
             */
            catalogueCode?: "collection_coverage" | "landfill_diversion" | "recycling_rate" | "source_separation" | "organic_separate_collection" | "waste_generated" | "waste_landfilled" | "organic_composted" | "open_dumpsites" | "collection_points" | null;
            /** @example Household waste collection coverage */
            name?: string;
            /**
             * @description Required without a catalogue code
             * @enum {string}
             */
            unit?: "percent" | "tonnes_per_day" | "count" | "other";
            /**
             * @description The unit’s name: required with unit other, refused with the others
             * @example households
             */
            unitLabel?: string | null;
            /**
             * @description Finite; percent 0–100; tonnes_per_day ≥ 0; count whole ≥ 0
             * @example 40
             */
            baselineValue: number;
            /**
             * Format: date
             * @example 2027-01-31
             */
            baselineOn: string;
            /** @example 80 */
            targetValue: number;
            /**
             * Format: date
             * @description After baselineOn
             * @example 2028-12-31
             */
            targetOn: string;
            note?: string | null;
        };
        ValueOnResponse: {
            value: number;
            /** Format: date */
            on: string;
        };
        ReporterResponse: {
            /** Format: uuid */
            id: string;
            displayName: string;
        };
        IndicatorValueResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            followUp: "90" | "180" | "other";
            /** Format: date */
            asOf: string;
            value: number;
            comment?: string | null;
            evidenceUrl?: string | null;
            reportedBy?: components["schemas"]["ReporterResponse"] | null;
            reportedAt: components["schemas"]["TimePointResponse"];
        };
        IndicatorResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            stageId: string;
            /**
             * Format: uuid
             * @description The trainee whose plan it is
             */
            userId: string;
            catalogueCode?: string | null;
            name: string;
            /** @enum {string} */
            unit: "percent" | "tonnes_per_day" | "count" | "other";
            unitLabel?: string | null;
            baseline: components["schemas"]["ValueOnResponse"];
            target: components["schemas"]["ValueOnResponse"];
            note?: string | null;
            /** @description Latest value (greatest as-of date) */
            latest?: number | null;
            /** @description latest − baseline */
            change?: number | null;
            /** @description (latest − baseline) / (target − baseline); null with no value or target = baseline */
            progress?: number | null;
            /** @description Oldest as-of date first */
            values: components["schemas"]["IndicatorValueResponse"][];
        };
        UpdateIndicatorDto: {
            /**
             * @description A catalogue suggestion (GET /indicator-catalogue): its name and unit are the defaults
             * @enum {string|null}
             */
            catalogueCode?: "collection_coverage" | "landfill_diversion" | "recycling_rate" | "source_separation" | "organic_separate_collection" | "waste_generated" | "waste_landfilled" | "organic_composted" | "open_dumpsites" | "collection_points" | null;
            /** @example Household waste collection coverage */
            name?: string;
            /**
             * @description Required without a catalogue code
             * @enum {string}
             */
            unit?: "percent" | "tonnes_per_day" | "count" | "other";
            /**
             * @description The unit’s name: required with unit other, refused with the others
             * @example households
             */
            unitLabel?: string | null;
            /**
             * @description Finite; percent 0–100; tonnes_per_day ≥ 0; count whole ≥ 0
             * @example 40
             */
            baselineValue?: number;
            /**
             * Format: date
             * @example 2027-01-31
             */
            baselineOn?: string;
            /** @example 80 */
            targetValue?: number;
            /**
             * Format: date
             * @description After baselineOn
             * @example 2028-12-31
             */
            targetOn?: string;
            note?: string | null;
        };
        ReportIndicatorValueDto: {
            /**
             * @description +90 or +180 days after the programme ends, or another time
             * @enum {string}
             */
            followUp: "90" | "180" | "other";
            /**
             * Format: date
             * @description The date the value describes
             * @example 2028-01-15
             */
            asOf: string;
            /** @example 55 */
            value: number;
            comment?: string | null;
            /** @example https://example.org/report */
            evidenceUrl?: string | null;
        };
        L4FollowUpResponse: {
            /** @enum {string} */
            followUp: "90" | "180";
            indicatorsReported: number;
            /** @description Among trainees with an accepted action plan */
            traineesReported: number;
            /** @description 0–1; null with no accepted plan */
            responseRate?: number | null;
        };
        L4CatalogueResponse: {
            code: string;
            name: string;
            /** @enum {string} */
            unit: "percent" | "tonnes_per_day" | "count" | "other";
            indicators: number;
            withProgress: number;
            medianProgress?: number | null;
        };
        L4SummaryResponse: {
            /** Format: uuid */
            programmeId: string;
            traineesWithAcceptedPlan: number;
            traineesWithIndicators: number;
            indicators: number;
            freeIndicators: number;
            followUps: components["schemas"]["L4FollowUpResponse"][];
            catalogue: components["schemas"]["L4CatalogueResponse"][];
        };
        CertificateProgrammeResponse: {
            /** Format: uuid */
            id: string;
            title: string;
        };
        CertificateTraineeResponse: {
            /** Format: uuid */
            id: string;
            /** @example 김민준 */
            displayName: string;
        };
        CertificatePdfResponse: {
            sizeBytes: number;
            /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
            sha256: string;
        };
        CertificateEmailResponse: {
            /** @enum {string} */
            status: "queued" | "sent" | "failed" | "skipped";
            attempts: number;
            /**
             * Format: date-time
             * @description UTC
             */
            sentAt?: string | null;
            lastError?: string | null;
        };
        CertificateResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            enrolmentId: string;
            programme: components["schemas"]["CertificateProgrammeResponse"];
            trainee: components["schemas"]["CertificateTraineeResponse"];
            /** @example K7QF-2M9X-HD4P */
            verificationCode: string;
            /** @example https://kenshu.example/verify/K7QF-2M9X-HD4P */
            verifyUrl: string;
            /**
             * @description The language it is printed in (en, ja, ko, th)
             * @example ko
             */
            language: string;
            /** @example 김민준 */
            printedName: string;
            printedProgramme: string;
            /**
             * @description Calendar date in the host zone
             * @example 2027-03-05
             */
            completedOn: string;
            /** @example 2027-02-01 */
            programmeStartsOn?: string | null;
            /** @example 2027-09-30 */
            programmeEndsOn?: string | null;
            /**
             * Format: date-time
             * @description UTC
             */
            issuedAt: string;
            /** @enum {string} */
            status: "valid" | "revoked";
            /**
             * Format: date-time
             * @description UTC
             */
            revokedAt?: string | null;
            revocationReason?: string | null;
            /** @description Null if never rendered */
            pdf?: components["schemas"]["CertificatePdfResponse"] | null;
            email: components["schemas"]["CertificateEmailResponse"];
        };
        RevokeCertificateDto: {
            /**
             * @description Why it is revoked: kept in the certificate and the audit log (never shown to the public)
             * @example Issued in error: the final report had not been accepted
             */
            reason: string;
        };
        VerificationResponse: {
            /** @enum {boolean} */
            valid: true;
            /**
             * @description As printed, in its own script
             * @example 김민준
             */
            name: string;
            /** @example Bilateral online meetings, FY2023 */
            programme: string;
            /**
             * @description Calendar date in the host zone
             * @example 2023-12-18
             */
            completedOn: string;
        };
        OptionDto: {
            /**
             * @description 1 to 20 letters, digits, - or _
             * @example a
             */
            id: string;
            /**
             * @description Language (BCP 47) → text; at least one
             * @example {
             *       "en": "Which fraction is collected as combustible waste in Tokyo?",
             *       "ja": "東京で可燃ごみとして…"
             *     }
             */
            texts: {
                [key: string]: string;
            };
        };
        KeyDto: {
            /** @description Choice kinds: the correct option ids (true/false: true or false) */
            optionIds?: string[];
            /** @description Short answer: accepted answers (compared NFKC, trimmed, spaces collapsed, any case) */
            accepted?: string[];
            /** @description Numeric: the value */
            value?: number;
            /** @description Numeric: absolute tolerance, inclusive (default 0) */
            tolerance?: number;
        };
        CreateQuestionDto: {
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer" | "numeric";
            /**
             * @description Language (BCP 47) → text; at least one
             * @example {
             *       "en": "Which fraction is collected as combustible waste in Tokyo?",
             *       "ja": "東京で可燃ごみとして…"
             *     }
             */
            texts: {
                [key: string]: string;
            };
            /** @description Single and multiple choice (true/false: fixed) */
            options?: components["schemas"]["OptionDto"][];
            key: components["schemas"]["KeyDto"];
            /** @default 1 */
            points: number;
        };
        OptionResponse: {
            id: string;
            /**
             * @description Language (BCP 47) → text; at least one
             * @example {
             *       "en": "Which fraction is collected as combustible waste in Tokyo?",
             *       "ja": "東京で可燃ごみとして…"
             *     }
             */
            texts: {
                [key: string]: string;
            };
        };
        KeyResponse: {
            optionIds?: string[];
            accepted?: string[];
            value?: number;
            tolerance?: number;
        };
        QuestionResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer" | "numeric";
            /**
             * @description Language (BCP 47) → text; at least one
             * @example {
             *       "en": "Which fraction is collected as combustible waste in Tokyo?",
             *       "ja": "東京で可燃ごみとして…"
             *     }
             */
            texts: {
                [key: string]: string;
            };
            options: components["schemas"]["OptionResponse"][];
            key: components["schemas"]["KeyResponse"];
            points: number;
            retired: boolean;
            /** @description Answered in a submitted attempt: grading changes need a key correction */
            inUse: boolean;
            createdAt: string;
        };
        UpdateQuestionDto: {
            /**
             * @description Language (BCP 47) → text; at least one
             * @example {
             *       "en": "Which fraction is collected as combustible waste in Tokyo?",
             *       "ja": "東京で可燃ごみとして…"
             *     }
             */
            texts?: {
                [key: string]: string;
            };
            /** @description Single and multiple choice (true/false: fixed) */
            options?: components["schemas"]["OptionDto"][];
            key?: components["schemas"]["KeyDto"];
            /** @default 1 */
            points: number;
            /** @description Retire (no longer offered for new assessments) or restore */
            retired?: boolean;
        };
        KeyCorrectionDto: {
            key: components["schemas"]["KeyDto"];
            /** @default 1 */
            points: number;
        };
        KeyCorrectionResponse: {
            question: components["schemas"]["QuestionResponse"];
            /** @description Submitted attempts regraded */
            regraded: number;
        };
        CreateAssessmentDto: {
            /**
             * @description One pre_test and one post_test per programme
             * @enum {string}
             */
            kind: "pre_test" | "post_test" | "quiz";
            /** @example Post-test: municipal solid waste management */
            title: string;
            /** Format: uuid */
            sessionId?: string | null;
            /** @description Questions of the programme’s pool, in order */
            questionIds: string[];
            timeLimitMinutes?: number | null;
            /** @default 1 */
            attemptsAllowed: number;
            /**
             * Format: date-time
             * @description UTC
             */
            opensAt?: string | null;
            /**
             * Format: date-time
             * @description UTC
             */
            closesAt?: string | null;
            /** @description Informational (completion holds the pass mark) */
            passPercent?: number | null;
            /**
             * @default after_submit
             * @enum {string}
             */
            answerVisibility: "never" | "after_submit" | "after_close";
        };
        AssessmentResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            sessionId?: string | null;
            /** @enum {string} */
            kind: "pre_test" | "post_test" | "quiz";
            title: string;
            timeLimitMinutes?: number | null;
            attemptsAllowed: number;
            /** @description In UTC, your zone, the host’s */
            opens?: components["schemas"]["TimePointResponse"] | null;
            closes?: components["schemas"]["TimePointResponse"] | null;
            passPercent?: number | null;
            /** @enum {string} */
            answerVisibility: "never" | "after_submit" | "after_close";
            /** @enum {string} */
            status: "draft" | "published";
            questionCount: number;
            maxScore: number;
            /** @description Staff: the questions in order */
            questionIds?: string[];
            /** @description Trainees: attempts used */
            attemptsUsed?: number;
            /** @description Trainees: attempts left */
            attemptsLeft?: number;
            createdAt: string;
        };
        LearningGainRowResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @description First submitted pre-test attempt */
            prePercent?: number | null;
            /** @description Best submitted post-test attempt */
            postPercent?: number | null;
            /** @description (post − pre) / (100 − pre); null when pre is 100 or a test is missing */
            gain?: number | null;
        };
        CohortGainResponse: {
            /** @description Trainees with both tests */
            trainees: number;
            meanIndividualGain?: number | null;
            meanPre?: number | null;
            meanPost?: number | null;
            /** @description From the mean pre and mean post */
            classAverageGain?: number | null;
        };
        LearningGainResponse: {
            /** Format: uuid */
            programmeId: string;
            preTestId?: string | null;
            postTestId?: string | null;
            /** @description A trainee sees only their own row */
            trainees: components["schemas"]["LearningGainRowResponse"][];
            /** @description Staff only */
            cohort?: components["schemas"]["CohortGainResponse"];
        };
        UpdateAssessmentDto: {
            /** @example Post-test: municipal solid waste management */
            title?: string;
            /** Format: uuid */
            sessionId?: string | null;
            /** @description Questions of the programme’s pool, in order */
            questionIds?: string[];
            timeLimitMinutes?: number | null;
            /** @default 1 */
            attemptsAllowed: number;
            /**
             * Format: date-time
             * @description UTC
             */
            opensAt?: string | null;
            /**
             * Format: date-time
             * @description UTC
             */
            closesAt?: string | null;
            /** @description Informational (completion holds the pass mark) */
            passPercent?: number | null;
            /**
             * @default after_submit
             * @enum {string}
             */
            answerVisibility: "never" | "after_submit" | "after_close";
        };
        RegradeResponse: {
            /** @description Submitted attempts regraded */
            regraded: number;
        };
        AttemptOption: {
            id: string;
            /** @description In your language (by your fallback chain) */
            text: string;
        };
        ResponseValue: {
            optionIds?: string[];
            text?: string;
            value?: number;
        };
        AttemptQuestionResponse: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            kind: "single_choice" | "multiple_choice" | "true_false" | "short_answer" | "numeric";
            /** @description In your language (by your fallback chain) */
            text: string;
            options: components["schemas"]["AttemptOption"][];
            points: number;
            answer?: components["schemas"]["ResponseValue"] | null;
            /** @description Only once the settings reveal answers */
            correct?: boolean;
            /** @description Only once the settings reveal answers */
            awardedPoints?: number;
            /** @description Only once the settings reveal answers */
            key?: components["schemas"]["KeyResponse"];
            overrideComment?: string | null;
        };
        AttemptResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            assessmentId: string;
            /** Format: uuid */
            userId: string;
            number: number;
            /** @enum {string} */
            status: "in_progress" | "submitted";
            startedAt: string;
            /** @description min(close, start + limit) */
            deadline?: components["schemas"]["TimePointResponse"] | null;
            submittedAt?: string | null;
            /** @description Graded as it stood at its deadline */
            autoSubmitted: boolean;
            score?: number | null;
            maxScore?: number | null;
            percent?: number | null;
            answersRevealed: boolean;
            questions?: components["schemas"]["AttemptQuestionResponse"][];
        };
        AttemptSummaryResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            userId: string;
            displayName: string;
            number: number;
            /** @enum {string} */
            status: "in_progress" | "submitted";
            startedAt: string;
            submittedAt?: string | null;
            autoSubmitted: boolean;
            score?: number | null;
            maxScore?: number | null;
            percent?: number | null;
        };
        AnswerDto: {
            /** Format: uuid */
            questionId: string;
            /** @description Choice kinds */
            optionIds?: string[];
            /** @description Short answer */
            text?: string;
            /** @description Numeric */
            value?: number;
        };
        SaveAnswersDto: {
            /** @description Each replaces that question’s previous answer */
            answers: components["schemas"]["AnswerDto"][];
        };
        OverrideDto: {
            /** Format: uuid */
            questionId: string;
            /** @description Points awarded (null: back to the key’s) */
            points: number | null;
            comment?: string | null;
        };
        SurveyChoiceDto: {
            /**
             * @description 1 to 20 letters, digits, - or _
             * @example a
             */
            id: string;
            /**
             * @description Language (BCP 47) → text; at least one. Readers get their language chain, then English, then the first.
             * @example {
             *       "en": "How useful was the site visit to the incineration plant?",
             *       "ja": "清掃工場の見学はどの程度役に立ちましたか。"
             *     }
             */
            texts: {
                [key: string]: string;
            };
        };
        SurveyQuestionDto: {
            /** @enum {string} */
            kind: "likert" | "single_choice" | "multiple_choice" | "nps" | "text" | "matrix";
            /**
             * @description Language (BCP 47) → text; at least one. Readers get their language chain, then English, then the first.
             * @example {
             *       "en": "How useful was the site visit to the incineration plant?",
             *       "ja": "清掃工場の見学はどの程度役に立ちましたか。"
             *     }
             */
            texts: {
                [key: string]: string;
            };
            /** @description single_choice, multiple_choice: 2 to 20 */
            options?: components["schemas"]["SurveyChoiceDto"][];
            /** @description matrix: 1 to 20 rows, each rated 1–5 */
            rows?: components["schemas"]["SurveyChoiceDto"][];
            /** @description likert, matrix: five language maps, the labels of points 1 to 5 */
            scaleLabels?: {
                [key: string]: string;
            }[];
            /** @default true */
            required: boolean;
        };
        CreateSurveyTemplateDto: {
            /** @example Session reaction (L1) */
            title: string;
            /** @description In order; may be empty while drafting */
            questions: components["schemas"]["SurveyQuestionDto"][];
        };
        SurveyQuestionResponse: {
            /**
             * Format: uuid
             * @description Null in a template
             */
            id: string | null;
            position: number;
            /** @enum {string} */
            kind: "likert" | "single_choice" | "multiple_choice" | "nps" | "text" | "matrix";
            /**
             * @description Language (BCP 47) → text; at least one. Readers get their language chain, then English, then the first.
             * @example {
             *       "en": "How useful was the site visit to the incineration plant?",
             *       "ja": "清掃工場の見学はどの程度役に立ちましたか。"
             *     }
             */
            texts: {
                [key: string]: string;
            };
            options: components["schemas"]["SurveyChoiceDto"][] | null;
            rows: components["schemas"]["SurveyChoiceDto"][] | null;
            scaleLabels: {
                [key: string]: string;
            }[] | null;
            required: boolean;
        };
        SurveyTemplateResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            questions: components["schemas"]["SurveyQuestionResponse"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateSurveyTemplateDto: {
            /** @example Session reaction (L1) */
            title?: string;
            /** @description In order; may be empty while drafting */
            questions?: components["schemas"]["SurveyQuestionDto"][];
        };
        CreateSurveyDto: {
            /**
             * Format: uuid
             * @description Its questions are copied: later template edits do not change the survey
             */
            templateId: string;
            /** @description Default: the template’s title */
            title?: string;
            /**
             * Format: uuid
             * @description The session it is about (L1)
             */
            sessionId?: string | null;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            /**
             * @description Anonymous: nothing links an answer to a person
             * @default true
             */
            anonymous: boolean;
            /**
             * Format: date-time
             * @description UTC
             */
            opensAt: string;
            /**
             * Format: date-time
             * @description UTC; results are frozen then
             */
            closesAt: string;
            /**
             * @description Days after the survey opens (on the host’s calendar) to remind non-respondents
             * @example [
             *       3,
             *       7
             *     ]
             */
            reminderDays?: number[];
            /**
             * @description Anonymous results below it are hidden
             * @default 5
             */
            minGroupSize: number;
        };
        SurveyResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** Format: uuid */
            sessionId: string | null;
            /** Format: uuid */
            templateId: string | null;
            title: string;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            anonymous: boolean;
            opensAt: components["schemas"]["TimePointResponse"];
            closesAt: components["schemas"]["TimePointResponse"];
            reminderDays: number[];
            minGroupSize: number;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            closedAt: components["schemas"]["TimePointResponse"] | null;
            invited: number;
            responses: number;
            questions: components["schemas"]["SurveyQuestionResponse"][];
        };
        UpdateSurveyDto: {
            /** @description Default: the template’s title */
            title?: string;
            /**
             * Format: uuid
             * @description The session it is about (L1)
             */
            sessionId?: string | null;
            /** @enum {string} */
            level?: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            /**
             * @description Anonymous: nothing links an answer to a person
             * @default true
             */
            anonymous: boolean;
            /**
             * Format: date-time
             * @description UTC
             */
            opensAt?: string;
            /**
             * Format: date-time
             * @description UTC; results are frozen then
             */
            closesAt?: string;
            /**
             * @description Days after the survey opens (on the host’s calendar) to remind non-respondents
             * @example [
             *       3,
             *       7
             *     ]
             */
            reminderDays?: number[];
            /**
             * @description Anonymous results below it are hidden
             * @default 5
             */
            minGroupSize: number;
        };
        InviteDto: {
            /** @description These trainees only; default: every active or completed one */
            userIds?: string[];
        };
        IssuedInvitationResponse: {
            /** Format: uuid */
            invitationId: string;
            /** Format: uuid */
            userId: string;
            /**
             * @description queued: the invitation email (with the personal link) is on its way; on_open: sent when the draft opens
             * @enum {string}
             */
            email: "queued" | "on_open";
        };
        InviteeResponse: {
            /** Format: uuid */
            id: string;
            displayName: string;
            email: string;
        };
        SurveyEmailResponse: {
            /** @description 0: the invitation; n: the n-th reminder */
            round: number;
            /** @enum {string} */
            status: "queued" | "sent" | "skipped" | "failed";
            /** @description Why it was skipped, or the last failure */
            error: string | null;
            attempts: number;
            queuedAt: components["schemas"]["TimePointResponse"];
            sentAt: components["schemas"]["TimePointResponse"] | null;
        };
        SurveyInvitationResponse: {
            /** Format: uuid */
            invitationId: string;
            user: components["schemas"]["InviteeResponse"];
            invitedAt: components["schemas"]["TimePointResponse"];
            /** @description Whether they answered (never what, and for an anonymous survey not when) */
            answered: boolean;
            emails: components["schemas"]["SurveyEmailResponse"][];
        };
        CountResponse: {
            /** @description An option id, or a value */
            key: string;
            count: number;
        };
        NpsResponse: {
            promoters: number;
            passives: number;
            detractors: number;
            /** @description % promoters − % detractors */
            score: number | null;
        };
        MatrixRowResultResponse: {
            rowId: string;
            respondents: number;
            distribution: components["schemas"]["CountResponse"][];
            mean: number | null;
            median: number | null;
        };
        QuestionResultResponse: {
            /** Format: uuid */
            questionId: string;
            position: number;
            /** @enum {string} */
            kind: "likert" | "single_choice" | "multiple_choice" | "nps" | "text" | "matrix";
            respondents: number;
            distribution: components["schemas"]["CountResponse"][];
            mean: number | null;
            median: number | null;
            nps: components["schemas"]["NpsResponse"] | null;
            rows: components["schemas"]["MatrixRowResultResponse"][] | null;
            /** @description Free texts, alphabetical, without names */
            answers: string[] | null;
        };
        GroupMeanResponse: {
            /** Format: uuid */
            questionId: string;
            rowId: string | null;
            mean: number;
            count: number;
        };
        BreakdownGroupResponse: {
            group: string | null;
            /** @description 0 when hidden */
            responses: number;
            hidden: boolean;
            /** @example below minimum group size */
            reason: string | null;
            means: components["schemas"]["GroupMeanResponse"][];
        };
        BreakdownsResponse: {
            country: components["schemas"]["BreakdownGroupResponse"][];
            organisation: components["schemas"]["BreakdownGroupResponse"][];
            /** @description By the session the survey is about */
            session: components["schemas"]["BreakdownGroupResponse"][];
        };
        SurveyResultsResponse: {
            /** Format: uuid */
            surveyId: string;
            /** @description True once closed: the snapshot taken at close */
            frozen: boolean;
            computedAt: string;
            anonymous: boolean;
            minGroupSize: number;
            invited: number;
            responses: number;
            /** @description Anonymous with fewer responses than the minimum: nothing shown */
            hidden: boolean;
            reason: string | null;
            questions: components["schemas"]["QuestionResultResponse"][];
            breakdowns: components["schemas"]["BreakdownsResponse"];
        };
        FormChoiceResponse: {
            id: string;
            text: string;
        };
        SurveyFormQuestionResponse: {
            /** Format: uuid */
            id: string;
            position: number;
            /** @enum {string} */
            kind: "likert" | "single_choice" | "multiple_choice" | "nps" | "text" | "matrix";
            text: string;
            options: components["schemas"]["FormChoiceResponse"][] | null;
            rows: components["schemas"]["FormChoiceResponse"][] | null;
            scaleLabels: string[] | null;
            required: boolean;
        };
        SurveyFormResponse: {
            /** Format: uuid */
            surveyId: string;
            title: string;
            programmeTitle: string;
            /** @description The first language of the invitee’s chain */
            language: string;
            anonymous: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            opensAt: components["schemas"]["TimePointResponse"];
            closesAt: components["schemas"]["TimePointResponse"];
            answered: boolean;
            questions: components["schemas"]["SurveyFormQuestionResponse"][];
        };
        SurveyAnswerDto: {
            /** Format: uuid */
            questionId: string;
            /** @description likert 1–5, nps 0–10 */
            value?: number | null;
            /** @description single_choice: one; multiple_choice: one or more */
            optionIds?: string[];
            text?: string | null;
            /** @description matrix: row id → 1–5 */
            rows?: {
                [key: string]: number;
            };
        };
        SurveyResponseDto: {
            answers: components["schemas"]["SurveyAnswerDto"][];
        };
        MySurveyResponse: {
            /** Format: uuid */
            surveyId: string;
            /** Format: uuid */
            programmeId: string;
            title: string;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            anonymous: boolean;
            /** @enum {string} */
            status: "draft" | "open" | "closed";
            opensAt: components["schemas"]["TimePointResponse"];
            closesAt: components["schemas"]["TimePointResponse"];
            answered: boolean;
        };
        SurveyPlanLevelResponse: {
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180";
            /** Format: uuid */
            templateId: string;
            templateTitle: string;
            anonymous: boolean;
            openDays: number;
            reminderDays: number[];
            minGroupSize: number;
            /** @description Null: every kind */
            sessionKinds: ("lecture" | "webinar" | "meeting" | "workshop" | "site_visit")[] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        SurveyPlanResponse: {
            /** Format: uuid */
            programmeId: string;
            levels: components["schemas"]["SurveyPlanLevelResponse"][];
        };
        SurveyPlanLevelDto: {
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180";
            /**
             * Format: uuid
             * @description The template its surveys copy (it must have questions)
             */
            templateId: string;
            /** @default true */
            anonymous: boolean;
            /** @description Days each survey stays open; default 7 for L1 and programme_end, 30 for L3 */
            openDays?: number;
            /**
             * @description Days after the survey opens (on the host’s calendar) to remind non-respondents, before it closes
             * @example [
             *       3
             *     ]
             */
            reminderDays?: number[];
            /**
             * @description Anonymous results below it are hidden
             * @default 5
             */
            minGroupSize: number;
            /**
             * @description L1 only: the session kinds that get a survey; absent or null for every kind
             * @example [
             *       "lecture",
             *       "site_visit"
             *     ]
             */
            sessionKinds?: ("lecture" | "webinar" | "meeting" | "workshop" | "site_visit")[] | null;
        };
        SurveyPlanDto: {
            /** @description The whole plan: a level left out is dropped and its planned surveys cancelled */
            levels: components["schemas"]["SurveyPlanLevelDto"][];
        };
        SurveyOccurrenceResponse: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180";
            /**
             * Format: uuid
             * @description L1: the session
             */
            sessionId: string | null;
            sessionTitle: string | null;
            /** @description When the survey is made, opened and sent */
            dueAt: components["schemas"]["TimePointResponse"];
            /** @enum {string} */
            status: "planned" | "created" | "cancelled" | "failed" | "missed";
            /**
             * Format: uuid
             * @description Once created
             */
            surveyId: string | null;
            /** @description Why making it failed (retried when the plan is saved) */
            error: string | null;
        };
        CompletionRulesResponse: {
            /** @example 80 */
            minAttendancePercent: number | null;
            /** @example 60 */
            postTestPassPercent: number | null;
            reportsAccepted: boolean;
        };
        CompletionRulesDto: {
            /**
             * @description Share of the programme’s sessions attended (present or late), in percent. Excused sessions are left out of the share; sessions still to come count, so nobody completes before attending enough of it.
             * @example 80
             */
            minAttendancePercent: number | null;
            /**
             * @description Pass mark of the post-test: the trainee’s best submitted attempt, in percent of its points
             * @example 60
             */
            postTestPassPercent: number | null;
            /** @description Every report stage marked requiredForCompletion must be accepted */
            reportsAccepted: boolean;
        };
        CompletionCountsResponse: {
            /** @description Active, completed and not-completed trainees */
            participants: number;
            completed: number;
            /** @description Meeting every rule now */
            met: number;
            notMet: number;
        };
        RequirementResponse: {
            /** @enum {string} */
            kind: "attendance" | "post_test" | "report";
            met: boolean;
            /**
             * Format: uuid
             * @description For a report stage
             */
            stageId?: string;
            /** @description For a report stage: its title */
            title?: string;
            /** @description What the rule asks, in percent (attendance, post-test) */
            required?: number;
            /** @description What the trainee has, in percent; null when there is nothing yet */
            actual?: number | null;
            /**
             * @description Why it is not met
             * @enum {string}
             */
            reason?: "below_threshold" | "excused_from_all" | "no_post_test" | "not_taken" | "awaiting_marking" | "not_accepted";
        };
        CompletionResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @enum {string} */
            enrolmentStatus: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            /** @description Every rule is met (false when the programme has no rules) */
            met: boolean;
            /** @description Completed, but the inputs no longer meet the rules (a grade corrected, the rules raised): completion is never taken back automatically; a coordinator decides */
            completedButNotMet: boolean;
            /** @description One per rule (one per required report stage) */
            requirements: components["schemas"]["RequirementResponse"][];
        };
        ProgrammeCompletionResponse: {
            /** Format: uuid */
            programmeId: string;
            rules: components["schemas"]["CompletionRulesResponse"];
            counts: components["schemas"]["CompletionCountsResponse"];
            trainees: components["schemas"]["CompletionResponse"][];
        };
        MyCompletionResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** Format: uuid */
            enrolmentId: string;
            /** @enum {string} */
            enrolmentStatus: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            /** @description Every rule is met (false when the programme has no rules) */
            met: boolean;
            /** @description Completed, but the inputs no longer meet the rules (a grade corrected, the rules raised): completion is never taken back automatically; a coordinator decides */
            completedButNotMet: boolean;
            /** @description One per rule (one per required report stage) */
            requirements: components["schemas"]["RequirementResponse"][];
            rules: components["schemas"]["CompletionRulesResponse"];
        };
        EnrolmentCountsResponse: {
            invited: number;
            waitlisted: number;
            active: number;
            completed: number;
            withdrawn: number;
            not_completed: number;
        };
        SessionAttendanceResponse: {
            /** Format: uuid */
            sessionId: string;
            title: string;
            /**
             * Format: date-time
             * @description UTC
             */
            startsAt: string;
            ended: boolean;
            counts: components["schemas"]["AttendanceCountsResponse"];
            /** @description Present or late over attending trainees (0–1) */
            rate: number | null;
        };
        TraineeAttendanceResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            /** @description Present or late */
            attended: number;
            excused: number;
            /** @description Ended sessions */
            total: number;
            /** @description attended / total (0–1) */
            rate: number | null;
        };
        DashboardAttendanceResponse: {
            sessions: components["schemas"]["SessionAttendanceResponse"][];
            trainees: components["schemas"]["TraineeAttendanceResponse"][];
        };
        TraineeGainResponse: {
            /** Format: uuid */
            userId: string;
            displayName: string;
            prePercent: number | null;
            postPercent: number | null;
            /** @description (post − pre) / (100 − pre) */
            gain: number | null;
        };
        DashboardGainResponse: {
            /** Format: uuid */
            preTestId: string | null;
            /** Format: uuid */
            postTestId: string | null;
            cohort: components["schemas"]["CohortGainResponse"];
            trainees: components["schemas"]["TraineeGainResponse"][];
        };
        ReportStateCountsResponse: {
            not_submitted: number;
            submitted: number;
            returned: number;
            accepted: number;
            overdue: number;
        };
        StageProgressResponse: {
            /** Format: uuid */
            stageId: string;
            kind: string;
            title: string;
            /** @description Participants by state: not_submitted, submitted, returned, accepted, overdue */
            counts: components["schemas"]["ReportStateCountsResponse"];
        };
        SurveySessionResponse: {
            /** Format: uuid */
            id: string;
            title: string;
            /** @enum {string} */
            kind: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            /**
             * Format: date-time
             * @description UTC
             */
            startsAt: string;
        };
        LikertQuestionMeanResponse: {
            /** Format: uuid */
            questionId: string;
            position: number;
            /** @enum {string} */
            kind: "likert" | "matrix";
            /** @description 1–5; a matrix over all its rows */
            mean: number | null;
            /** @description Answers counted (a matrix: one per row answered) */
            answers: number;
        };
        SurveyFiguresResponse: {
            /** Format: uuid */
            surveyId: string;
            title: string;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            /** @enum {string} */
            status: "open" | "closed";
            invited: number;
            responded: number;
            /** @description responded / invited (0–1) */
            responseRate: number | null;
            anonymous: boolean;
            minGroupSize: number;
            session: components["schemas"]["SurveySessionResponse"] | null;
            /** @description Anonymous and fewer responses than minGroupSize: counts only, means null */
            hidden: boolean;
            /** @description Mean of every 1–5 answer (likert questions and matrix rows); null when hidden */
            likertMean: number | null;
            /** @description 1–5 answers the mean is over (0 when hidden) */
            likertAnswers: number;
            /** @description Empty when hidden */
            likertQuestions: components["schemas"]["LikertQuestionMeanResponse"][];
        };
        SurveyRateResponse: {
            /** Format: uuid */
            surveyId: string;
            title: string;
            /** @enum {string} */
            level: "L1" | "programme_end" | "L3_90" | "L3_180" | "other";
            /** @enum {string} */
            status: "open" | "closed";
            invited: number;
            responded: number;
            /** @description responded / invited (0–1) */
            responseRate: number | null;
        };
        DashboardResponse: {
            /** Format: uuid */
            programmeId: string;
            /** @description By status: waitlisted, invited, active, completed, withdrawn, not_completed */
            enrolment: components["schemas"]["EnrolmentCountsResponse"];
            attendance: components["schemas"]["DashboardAttendanceResponse"];
            completion: components["schemas"]["CompletionCountsResponse"];
            learningGain: components["schemas"]["DashboardGainResponse"];
            /** @description Report stages (action plan …) in order */
            reports: components["schemas"]["StageProgressResponse"][];
            /** @description L1 (reaction) surveys, in session order */
            l1: components["schemas"]["SurveyFiguresResponse"][];
            /** @description L3 follow-up surveys (+90, +180 days) */
            l3: components["schemas"]["SurveyRateResponse"][];
            /** @description Programme-end surveys */
            programmeEnd: components["schemas"]["SurveyFiguresResponse"][];
        };
        PlaceCountResponse: {
            /** @description The value, or "not recorded" */
            key: string;
            count: number;
            /** @description ISO 3166-1 alpha-2 */
            country: string | null;
        };
        ParticipantsResponse: {
            /** @description Active, completed and not-completed trainees */
            total: number;
            byCountry: components["schemas"]["CountResponse"][];
            byCity: components["schemas"]["PlaceCountResponse"][];
            byOrganisation: components["schemas"]["PlaceCountResponse"][];
            /** @description female, male, other, undisclosed or "not recorded" */
            byGender: components["schemas"]["CountResponse"][];
        };
        KindAttendanceResponse: {
            /** @enum {string} */
            kind: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit";
            /** @description Sessions not cancelled */
            sessions: number;
            ended: number;
            counts: components["schemas"]["AttendanceCountsResponse"];
            /** @description Present or late at ended sessions (0–1) */
            rate: number | null;
        };
        FunderGainResponse: {
            /** @description Trainees with both tests */
            trainees: number;
            meanIndividualGain: number | null;
            meanPre: number | null;
            meanPost: number | null;
            /** @description Hake’s class-average gain */
            classAverageGain: number | null;
            preTest: boolean;
            postTest: boolean;
        };
        CertificateCountsResponse: {
            /** @description Valid certificates */
            issued: number;
            revoked: number;
        };
        KindLikertResponse: {
            /** @description Surveys shown (not hidden) */
            surveys: number;
            /** @description Surveys left out: hidden below their minimum group size */
            hiddenSurveys: number;
            /** @description Responses of the surveys shown */
            responses: number;
            /** @description Mean of every 1–5 answer of the surveys shown */
            mean: number | null;
            /**
             * @description "none": surveys of no session
             * @enum {string}
             */
            kind: "lecture" | "webinar" | "meeting" | "workshop" | "site_visit" | "none";
        };
        FunderL1Response: {
            /** @description Surveys shown (not hidden) */
            surveys: number;
            /** @description Surveys left out: hidden below their minimum group size */
            hiddenSurveys: number;
            /** @description Responses of the surveys shown */
            responses: number;
            /** @description Mean of every 1–5 answer of the surveys shown */
            mean: number | null;
            /** @description Per session kind, site visits included */
            byKind: components["schemas"]["KindLikertResponse"][];
        };
        FunderReportResponse: {
            /** Format: uuid */
            programmeId: string;
            title: string;
            funder: string | null;
            participants: components["schemas"]["ParticipantsResponse"];
            enrolment: components["schemas"]["EnrolmentCountsResponse"];
            /** @description Per session kind, site visits included */
            attendance: components["schemas"]["KindAttendanceResponse"][];
            /** @description L2: learning gain from the pre- and post-test */
            learningGain: components["schemas"]["FunderGainResponse"];
            /** @description Action-plan status: report stages in order */
            actionPlan: components["schemas"]["StageProgressResponse"][];
            completion: components["schemas"]["CompletionCountsResponse"];
            certificates: components["schemas"]["CertificateCountsResponse"];
            /** @description L1: reaction, for the programme and per session kind */
            l1: components["schemas"]["FunderL1Response"];
            /** @description L3: follow-up surveys (+90, +180 days) */
            l3: components["schemas"]["SurveyFiguresResponse"][];
            /** @description L4: action-plan indicators at follow-up */
            l4: components["schemas"]["L4SummaryResponse"];
            /** @description Programme-end surveys */
            programmeEnd: components["schemas"]["SurveyFiguresResponse"][];
        };
        RequestExportDto: {
            /** @enum {string} */
            kind: "participants" | "attendance" | "completion" | "evaluation";
            /** @enum {string} */
            format: "csv" | "xlsx";
        };
        ExportResponse: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            programmeId: string;
            /** @enum {string} */
            kind: "participants" | "attendance" | "completion" | "evaluation";
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            status: "queued" | "ready" | "failed";
            /** @description Data rows (header not counted) */
            rows: number | null;
            sizeBytes: number | null;
            /**
             * Format: date-time
             * @description UTC
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description UTC
             */
            builtAt: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Wrong email or password (one answer for both) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too many attempts; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokensResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_requestReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description If the email belongs to an active account, a reset link is on its way */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_confirmReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenAndPasswordDto"];
            };
        };
        responses: {
            /** @description The password is changed, the link spent, every session ended */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuthController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TokenAndPasswordDto"];
            };
        };
        responses: {
            /** @description The account is active */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MeController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Wrong current password, weak new one */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of an email, name or position */
                q?: string;
                role?: "admin" | "coordinator" | "instructor" | "trainee";
                status?: "invited" | "active" | "disabled";
                organisationId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The email belongs to another account */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_importTrainees: {
        parameters: {
            query?: {
                /** @description Report what would happen, write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportReportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not CSV, wrong header, too many rows */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_setRoles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRolesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Your own roles */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    UsersController_resendInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvitationResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The account is already open or disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of a name or city */
                q?: string;
                kind?: "host" | "funder" | "home_government" | "other";
                country?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganisationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    OrganisationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganisationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganisationResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                action?: "auth.login_succeeded" | "auth.login_failed" | "auth.login_throttled" | "auth.refresh_reused" | "auth.logout" | "auth.password_changed" | "auth.password_reset_requested" | "auth.password_reset" | "user.invited" | "user.invitation_resent" | "user.invitation_accepted" | "user.updated" | "user.roles_changed" | "user.disabled" | "user.enabled" | "user.imported" | "organisation.created" | "organisation.updated" | "programme.created" | "programme.updated" | "programme.status_changed" | "programme.staff_changed" | "programme.cloned" | "programme_session.created" | "programme_session.updated" | "programme_session.cancelled" | "programme_session.rule_overridden" | "enrolment.created" | "enrolment.status_changed" | "enrolment.promoted" | "enrolment.imported" | "completion.rules_changed" | "facility.created" | "facility.updated" | "facility.archived" | "menu.created" | "menu.updated" | "menu.text_saved" | "menu.text_removed" | "menu.archived" | "menu.restored" | "roster.downloaded" | "calendar_feed.rotated" | "material.created" | "material.updated" | "material.archived" | "material.copied" | "material.version_added" | "material.delivery_resent" | "attendance.recorded" | "attendance.checked_in" | "attendance.synced" | "attendance.imported" | "attendance.auto_absent" | "attendance.check_in_code_created" | "report_stage.created" | "report_stage.updated" | "report_stage.deleted" | "report_stage.rubric_set" | "report.submitted" | "report.reviewed" | "indicator.created" | "indicator.updated" | "indicator.value_reported" | "indicator.deleted" | "certificate.issued" | "certificate.revoked" | "assessment.question_created" | "assessment.question_updated" | "assessment.key_corrected" | "assessment.created" | "assessment.updated" | "assessment.published" | "assessment.regraded" | "assessment.points_overridden" | "export.requested" | "export.downloaded" | "survey_template.created" | "survey_template.updated" | "survey.created" | "survey.updated" | "survey.opened" | "survey.closed" | "survey.invited" | "survey_plan.updated";
                actorId?: string;
                /** @description The id of the user, organisation or session acted on */
                targetId?: string;
                /** @description From this instant (ISO 8601, inclusive) */
                from?: string;
                /** @description Before this instant (ISO 8601, exclusive) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of a code or title */
                q?: string;
                status?: "draft" | "published" | "running" | "closed" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammePage"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgrammeDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description E.g. capacity below the enrolled count */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_setPhases: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPhasesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_setStaff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetStaffDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not a coordinator/instructor account */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_transition: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an allowed transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammesController_clone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloneProgrammeDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Someone or something booked twice */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Times, phase, instructors, host rules */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_reasonableHours: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReasonableHoursResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ProgrammeSessionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CancelSessionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EnrolmentsController_roster: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "waitlisted" | "invited" | "active" | "completed" | "withdrawn" | "not_completed";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentPage"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A trainee of the programme */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EnrolmentsController_enrol: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already enrolled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not a trainee account; a closed programme */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EnrolmentsController_importTrainees: {
        parameters: {
            query?: {
                /** @description Report what would happen, write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentImportReportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not CSV, wrong header, too many rows */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EnrolmentsController_changeStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeEnrolmentStatusDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an allowed transition */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    EnrolmentsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not one’s own enrolment */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not invited */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MyEnrolmentsController_mine: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyEnrolmentPage"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of a name or address */
                q?: string;
                kind?: "collection_depot" | "transfer_station" | "incineration_plant" | "recycling_facility" | "final_disposal_site" | "other";
                status?: "active" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateFacilityDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description E.g. an overseas cap above the capacity */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateFacilityDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The facility is archived */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description E.g. an earliest start after the latest */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FacilityResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    FacilitiesController_checkVisit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckVisitDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitCheckResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The facility is archived */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description E.g. an end before the start */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Part of the code, or of a title or summary in any language */
                q?: string;
                topic?: "separation-and-collection" | "3r" | "incineration" | "intermediate-treatment" | "final-disposal" | "recycling" | "textile-recycling" | "reuse" | "food-waste" | "hazardous-waste" | "policy-and-finance" | "public-awareness";
                format?: "lecture" | "webinar" | "workshop" | "meeting" | "site_visit";
                /** @description Offered in this language (BCP 47); `ja` also finds `ja-JP`, `ja-JP` also finds `ja` */
                language?: string;
                /** @description Trainees see active items only */
                status?: "active" | "archived";
                /** @description BCP 47: the locale to serve the texts in, instead of the caller’s own */
                lang?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemPage"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMenuItemDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No text in the original locale */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_get: {
        parameters: {
            query?: {
                /** @description BCP 47: the locale to serve the text in, instead of the caller’s own */
                lang?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMenuItemDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The code is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No text in the new original locale */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_saveText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                locale: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MenuTextDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_removeText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                locale: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No such item, or no text in that locale */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The original locale’s text */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_archive: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MenuItemsController_restore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MenuItemResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScheduleController_mine: {
        parameters: {
            query?: {
                /** @description First date, in your own zone (default: 7 days before today) */
                from?: string;
                /** @description Last date, inclusive (default: 120 days in all; at most 366 days after from) */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScheduleResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description to before from, or more than 366 days */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScheduleController_feed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScheduleController_rotate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ScheduleController_programme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeCalendarResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A trainee of the programme */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CalendarFeedController_ics: {
        parameters: {
            query?: never;
            header?: {
                "if-none-match"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/calendar; charset=utf-8 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Unknown or rotated */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    RostersController_roster: {
        parameters: {
            query?: {
                format?: "csv" | "pdf";
                /** @description Headings, labels and country names */
                lang?: "ja" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The roster file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/pdf": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not due yet (says from when), or the visit is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not a site visit, or too few interpreters for the host’s rule */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    TasksController_mine: {
        parameters: {
            query?: {
                /** @description Tasks due up to this many days ahead (open overdue ones always) */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_listLibrary: {
        parameters: {
            query?: {
                /** @description Only this session’s materials */
                sessionId?: string;
                /** @description Staff: include archived materials */
                archived?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_createInLibrary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMaterialDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_listProgramme: {
        parameters: {
            query?: {
                /** @description Only this session’s materials */
                sessionId?: string;
                /** @description Staff: include archived materials */
                archived?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trainees: what is released to them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_createInProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgrammeMaterialDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMaterialDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_copy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CopyMaterialDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_addVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddVersionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialVersionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The material is a file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A javascript: link, active HTML … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_upload: {
        parameters: {
            query: {
                /** @description BCP 47 language of this version */
                language: string;
                /** @description What changed */
                note?: string | null;
                /** @description For a translation: the version of the original it translates (default: the latest) */
                sourceNumber?: number | null;
                /** @description Shown to readers; no path separators */
                fileName: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MaterialVersionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The material is not a file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Type refused, empty, unsafe name … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_content: {
        parameters: {
            query?: {
                /** @description A language variant; default: the caller’s by their fallback chain */
                language?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not a file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The range starts past the end */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_versionContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The range starts past the end */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_byLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The range starts past the end */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_listBundles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_bundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                phaseKey: string;
                language: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not built yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The range starts past the end */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_listDeliveries: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                status?: "queued" | "sent" | "failed" | "skipped";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    MaterialsController_resend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRosterResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveRosterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionRosterResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Cancelled, or not started yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_sync: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SyncDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SyncReportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Cancelled, or not started yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_importWebinar: {
        parameters: {
            query?: {
                /** @description Share of the session that makes present */
                thresholdPercent?: number;
                /** @description Report what would happen, write nothing */
                dryRun?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttendanceImportReportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Cancelled, or not started yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not CSV, wrong header, a bad row */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_createCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInCodeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Cancelled, or its check-in window has closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_currentCode: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An SVG image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No session, or no current code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/svg+xml": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_checkIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckInDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckInResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For trainee only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Closed, already checked in, or already recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Wrong code */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAttendanceResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AttendanceController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeAttendanceResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_listStages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStageResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_createStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReportStageDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStageResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_getStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStageResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_deleteStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The stage has submissions */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_updateStage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReportStageDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStageResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_setRubric: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetRubricDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportStageResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description A review used the rubric */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_uploadFile: {
        parameters: {
            query: {
                /** @description Shown to readers; no path separators */
                fileName: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/octet-stream": string;
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportFileResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The report was accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Type refused, empty, unsafe name … */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_history: {
        parameters: {
            query?: {
                /** @description Staff: whose history (default: the caller’s own) */
                userId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportHistoryResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubmissionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The report was accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportProgressResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewReportDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportSubmissionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Superseded, or reviewed already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    ReportsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_catalogue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogueIndicatorResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_list: {
        parameters: {
            query?: {
                /** @description Staff: one trainee’s (default: everyone’s) */
                userId?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not an action-plan stage */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIndicatorDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The trainee’s action plan was accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The plan was accepted, or values were reported */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIndicatorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The trainee’s action plan was accepted */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_reportValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportIndicatorValueDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IndicatorResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    IndicatorsController_summary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["L4SummaryResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked ones too, marked so */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_issue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                enrolmentId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The enrolment is not completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Its certificate was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_pdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Revoked (to its trainee) */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeCertificateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CertificatesController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerificationResponse"];
                };
            };
            /** @description No certificate has this code */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The certificate was revoked */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_listQuestions: {
        parameters: {
            query?: {
                /** @description Include retired questions */
                retired?: boolean;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_createQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQuestionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_updateQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateQuestionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.QUESTION_IN_USE */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_correctKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KeyCorrectionDto"];
            };
        };
        responses: {
            /** @description The key changed; every submitted attempt regraded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KeyCorrectionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Trainees: published ones only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAssessmentDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.KIND_TAKEN */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_learningGain: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff: every trainee and the cohort; a trainee: their own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LearningGainResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAssessmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.HAS_ATTEMPTS */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssessmentResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_regrade: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegradeResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_attempts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff: every attempt; a trainee: their own */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptSummaryResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_start: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new attempt, or the unfinished one */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Staff, or a trainee without an active enrolment */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.NOT_OPEN, ASSESSMENT.CLOSED, ASSESSMENT.NO_ATTEMPTS_LEFT */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_attempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_saveAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaveAnswersDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.DEADLINE_PASSED, ASSESSMENT.ATTEMPT_SUBMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description e.g. answers[3].optionIds[0] */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Graded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description ASSESSMENT.ATTEMPT_SUBMITTED */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    AssessmentsController_override: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OverrideDto"];
            };
        };
        responses: {
            /** @description Rescored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_listTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTemplateResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyTemplateDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTemplateResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTemplateResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurveyTemplateDto"];
            };
        };
        responses: {
            /** @description Surveys made from it earlier keep their questions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyTemplateResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSurveyDto"];
            };
        };
        responses: {
            /** @description A draft, with the template’s questions copied */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSurveyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Closed; or anonymity and group size once open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_open: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not a draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SURVEY.NO_QUESTIONS */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Closed now: results aggregated and frozen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not open */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_invitations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each invitee, whether they answered (never what), and their emails per round */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_invite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteDto"];
            };
        };
        responses: {
            /** @description The new invitations (trainees invited before are skipped); each invitee gets their personal link by email */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedInvitationResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_results: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Frozen once closed; a live preview while open */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResultsResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_form: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyFormResponse"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_answerByToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseDto"];
            };
        };
        responses: {
            /** @description Answered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Answered already, not open yet, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MySurveyResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_myForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyFormResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveysController_answerAsMe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyResponseDto"];
            };
        };
        responses: {
            /** @description Answered */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Answered already, not open yet, or closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveyPlansController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPlanResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveyPlansController_save: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SurveyPlanDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyPlanResponse"];
                };
            };
            /** @description A field is missing or of the wrong type or range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description SURVEY.INVALID: unknown template, a level twice, sessionKinds on a level other than L1… */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    SurveyPlansController_occurrences: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The surveys the plan makes, by due time: planned, created, cancelled or failed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyOccurrenceResponse"][];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For coordinator, admin only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompletionController_rules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionRulesResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompletionController_setRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompletionRulesDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompletionRulesResponse"];
                };
            };
            /** @description A field is missing or of the wrong type or range */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompletionController_ofProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgrammeCompletionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator, instructor only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    CompletionController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyCompletionResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The caller does not take part as a trainee */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /**
             * @description A trainee of the programme
             *
             *     For admin, coordinator, instructor only
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_funderReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FunderReportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_stream: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                /** @description <kind>.<csv|xlsx> */
                file: unknown;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Too large to stream: ask for a file */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["ProblemDto"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestExportDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportResponse"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            /** @description For admin, coordinator only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportResponse"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    DashboardsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description The range asked for (Range: bytes=…) */
            206: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unchanged (If-None-Match) */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No valid access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemDto"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description Not ready yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
            /** @description The range starts past the end */
            416: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": components["schemas"]["ProblemDto"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /**
             * @description MySQL or Redis does not answer (same body, status error)
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example error
                         * @enum {string}
                         */
                        status?: "error" | "shutting_down";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect",
                         *         "responseTime": 3005
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
        };
    };
    liveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
        };
    };
}
