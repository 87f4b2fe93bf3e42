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
import io.rasmi.console.web.ServiceCalls;
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
import java.util.function.Supplier;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Management's KPI dashboard (G9): the figure over time, its audience, the targets' attainment and the comments'
 * sentiment, each drawn as an accessible inline SVG with its table; and the weekly and monthly reports to download
 * as PDF or CSV, streamed through from kpi-service as it made them.
 */
@Path("/kpi")
@RolesAllowed({ ConsoleRoles.MANAGEMENT, ConsoleRoles.ENTITY_ADMIN })
public class KpiDashboardPage {

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

    @Inject
    ServiceCalls calls;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response dashboard(@BeanParam DashboardQuery query) {
        query.withDefaults(today());
        ConsoleMessages msg = pages.messages();
        Supplier<List<EntityAccountsApi.Account>> choices = calls.start(() -> accounts.list(0, 200).items());
        String unreadable = query.unreadableDate();
        FormErrors errors = FormErrors.NONE;
        List<KpiDashboard.Panel> panels = List.of();
        if (unreadable != null) {
            errors = new FormErrors(Map.of(unreadable, msg.kpi_day_unreadable()), List.of(), List.of());
        } else {
            // each panel asks kpi-service on its own worker and shows its own failure
            KpiDashboard dashboard = new KpiDashboard(kpi, msg, pages.language());
            List<Supplier<KpiDashboard.Panel>> asked = List.of(calls.start(() -> dashboard.series(query)),
                    calls.start(() -> dashboard.breakdown(query)), calls.start(() -> dashboard.attainment(query)),
                    calls.start(() -> dashboard.sentiment(query)));
            panels = asked.stream().map(Supplier::get).toList();
        }
        TemplateInstance page = pages.show(Templates.dashboard(pages.page(), query,
                calls.optional("account list for the dashboard", choices, List.of()), KpiApi.METRICS,
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
            ServiceCalls.Answer<Response> report = calls.read("kpi-service", () -> form.csv()
                    ? kpi.reportCsv(form.periodCode()) : kpi.reportPdf(form.periodCode()), ReportForm.FIELDS);
            if (report.ok()) {
                return Download.of(report.value(), form.mediaType(), form.fileName());
            }
            errors = report.errors();
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
