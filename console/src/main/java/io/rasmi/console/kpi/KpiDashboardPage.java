package io.rasmi.console.kpi;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rasmi.console.cert.Download;
import io.rasmi.console.incidents.EntityAccountsApi;
import io.rasmi.console.web.ConsoleMessages;
import io.rasmi.console.web.ConsoleRoles;
import io.rasmi.console.web.FormErrors;
import io.rasmi.console.web.Page;
import io.rasmi.console.web.Pages;
import io.rasmi.console.web.ServiceProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Management's KPI dashboard (G9): the figure over time, its audience, the targets' attainment and the comments'
 * sentiment, each drawn as an accessible inline SVG with its table; and the weekly and monthly reports to download
 * as PDF or CSV, streamed through from kpi-service as it made them.
 */
@Path("/kpi")
@RolesAllowed({ ConsoleRoles.MANAGEMENT, ConsoleRoles.ENTITY_ADMIN })
public class KpiDashboardPage {

    private static final Logger LOG = Logger.getLogger(KpiDashboardPage.class);

    private static final ZoneId BAGHDAD = ZoneId.of("Asia/Baghdad");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Page page, DashboardQuery query,
                List<EntityAccountsApi.Account> accounts, List<String> metrics, List<String> granularities,
                List<String> dimensions, List<KpiDashboard.Panel> panels, FormErrors errors);

        static native TemplateInstance reports(Page page, ReportForm form, String lastWeek, String lastMonth,
                FormErrors errors);
    }

    @Inject
    Pages pages;

    @RestClient
    KpiApi kpi;

    @RestClient
    EntityAccountsApi accounts;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@BeanParam DashboardQuery query) {
        query.withDefaults(today());
        ConsoleMessages msg = pages.messages();
        List<EntityAccountsApi.Account> choices = List.of();
        try {
            choices = accounts.list(0, 200).items();
        } catch (RuntimeException unavailable) {
            LOG.warnf("account list unavailable for the dashboard: %s", unavailable.getClass().getSimpleName());
        }
        String unreadable = query.unreadableDate();
        FormErrors errors = FormErrors.NONE;
        List<KpiDashboard.Panel> panels = List.of();
        if (unreadable != null) {
            errors = new FormErrors(Map.of(unreadable, msg.kpi_day_unreadable()), List.of(), List.of());
        } else {
            KpiDashboard dashboard = new KpiDashboard(kpi, msg, pages.language());
            panels = List.of(dashboard.series(query), dashboard.breakdown(query), dashboard.attainment(query),
                    dashboard.sentiment(query));
        }
        TemplateInstance page = pages.show(Templates.dashboard(pages.page(), query, choices, KpiApi.METRICS,
                KpiApi.GRANULARITIES, KpiApi.DIMENSIONS, panels, errors));
        return Response.status(errors.any() ? 400 : 200).entity(page).build();
    }

    /** The report form; with a period asked, the report itself as a download. */
    @GET
    @Path("/reports")
    @Produces({ MediaType.TEXT_HTML, "application/pdf", "text/csv" })
    public Response reports(@BeanParam ReportForm form) {
        LocalDate today = today();
        FormErrors errors = FormErrors.NONE;
        if (form.asked()) {
            try {
                Response report = form.csv() ? kpi.reportCsv(form.periodCode()) : kpi.reportPdf(form.periodCode());
                return Download.of(report, form.mediaType(), form.fileName());
            } catch (ServiceProblemException problem) {
                errors = FormErrors.of(problem.problem(), ReportForm.FIELDS);
            } catch (RuntimeException unreachable) {
                LOG.warnf("kpi-service unavailable: %s", unreachable.getClass().getSimpleName());
                errors = FormErrors.general(pages.messages().service_unavailable());
            }
        }
        TemplateInstance page = pages.show(Templates.reports(pages.page(), form, ReportForm.lastWeek(today),
                ReportForm.lastMonth(today), errors));
        return Response.status(errors.any() ? 422 : 200).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page).build();
    }

    private static LocalDate today() {
        return LocalDate.now(BAGHDAD);
    }
}
