// Create a project and a dataset, edit the dataset's settings, list, and read a DSS error, through
// the Java client OpenAPI Generator makes from the spec (library native: java.net.http and Jackson).
// Built by tests/docs/test_other_languages.py (scripts/other_languages.py generates the client), then
// run against an emulator (DKU_DSS_URL, DKU_API_KEY).
import dss.client.ApiClient;
import dss.client.ApiException;
import dss.client.api.DatasetsApi;
import dss.client.api.ProjectsApi;
import dss.client.model.CreateDatasetBody;
import dss.client.model.CreateProjectBody;
import dss.client.model.DSSError;
import dss.client.model.Dataset;
import dss.client.model.DatasetParams;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

public final class Projects {
    public static void main(String[] args) throws Exception {
        ApiClient client = new ApiClient();
        client.updateBaseUri(System.getenv("DKU_DSS_URL") + "/public/api");
        // An API key is the user name of HTTP Basic authentication.
        String key = System.getenv("DKU_API_KEY") + ":";
        String basic = "Basic " + Base64.getEncoder().encodeToString(key.getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", basic));
        ProjectsApi projects = new ProjectsApi(client);
        DatasetsApi datasets = new DatasetsApi(client);

        projects.createProject(new CreateProjectBody().projectKey("FROM_JAVA").name("From Java").owner("admin"), null);
        datasets.createDataset(
                "FROM_JAVA",
                new CreateDatasetBody()
                        .name("customers")
                        .projectKey("FROM_JAVA")
                        .type("Filesystem")
                        .params(new DatasetParams().connection("filesystem_managed").path("FROM_JAVA/customers"))
                        // A key the spec does not declare is an additional property.
                        .putAdditionalProperty("checklists", Map.of("checklists", List.of())));

        // Settings are a typed Dataset; what the spec does not declare (checklists) is kept in
        // getAdditionalProperties() and sent back by the save.
        Dataset settings = datasets.getDatasetSettings("FROM_JAVA", "customers");
        System.out.println("customers is on " + settings.getParams().getConnection());
        settings.setDescription("One row per customer");
        settings.addTagsItem("from-java");
        datasets.saveDatasetSettings("FROM_JAVA", "customers", settings);

        for (Dataset listed : datasets.listDatasets("FROM_JAVA", null, null)) {
            System.out.println(listed.getName() + ": " + listed.getDescription());
        }

        // A DSS error is an ApiException whose body is the spec's DSSError.
        try {
            projects.getProjectSummary("NO_SUCH_PROJECT");
            throw new IllegalStateException("getProjectSummary found a project that does not exist");
        } catch (ApiException e) {
            DSSError error = client.getObjectMapper().readValue(e.getResponseBody(), DSSError.class);
            System.out.println(e.getCode() + " " + error.getErrorType());
        }
    }
}
