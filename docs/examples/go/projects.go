// Create a project and a dataset, edit the dataset's settings, list, and read a DSS error, through
// the Go client OpenAPI Generator makes from the spec (module example.com/dssclient/dss).
// Built by tests/docs/test_other_languages.py (scripts/other_languages.py generates the client), then
// run against an emulator (DKU_DSS_URL, DKU_API_KEY).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	dss "example.com/dssclient/dss"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run() error {
	api := dss.NewAPIClient(dss.NewConfiguration())
	// The spec's server is "{host}/public/api"; an API key is the user name of HTTP Basic authentication.
	ctx := context.WithValue(context.Background(), dss.ContextServerVariables, map[string]string{
		"host": os.Getenv("DKU_DSS_URL"),
	})
	ctx = context.WithValue(ctx, dss.ContextBasicAuth, dss.BasicAuth{UserName: os.Getenv("DKU_API_KEY")})

	project := dss.NewCreateProjectBody("FROM_GO", "From Go", "admin")
	if _, _, err := api.ProjectsAPI.CreateProject(ctx).CreateProjectBody(*project).Execute(); err != nil {
		return fmt.Errorf("createProject: %w", err)
	}

	dataset := dss.NewCreateDatasetBody("customers", "FROM_GO", "Filesystem")
	params := dss.NewDatasetParams()
	params.SetConnection("filesystem_managed")
	params.SetPath("FROM_GO/customers")
	dataset.SetParams(*params)
	// A key the spec does not declare travels in AdditionalProperties.
	dataset.AdditionalProperties = map[string]interface{}{"checklists": map[string]interface{}{"checklists": []interface{}{}}}
	if _, _, err := api.DatasetsAPI.CreateDataset(ctx, "FROM_GO").CreateDatasetBody(*dataset).Execute(); err != nil {
		return fmt.Errorf("createDataset: %w", err)
	}

	// Settings are a typed Dataset; what the spec does not declare (checklists) is kept in
	// AdditionalProperties and sent back by the save.
	settings, _, err := api.DatasetsAPI.GetDatasetSettings(ctx, "FROM_GO", "customers").Execute()
	if err != nil {
		return fmt.Errorf("getDatasetSettings: %w", err)
	}
	current := settings.GetParams()
	fmt.Printf("customers is on %s\n", current.GetConnection())
	settings.SetDescription("One row per customer")
	settings.SetTags(append(settings.GetTags(), "from-go"))
	if _, _, err := api.DatasetsAPI.SaveDatasetSettings(ctx, "FROM_GO", "customers").Dataset(*settings).Execute(); err != nil {
		return fmt.Errorf("saveDatasetSettings: %w", err)
	}

	datasets, _, err := api.DatasetsAPI.ListDatasets(ctx, "FROM_GO").Execute()
	if err != nil {
		return fmt.Errorf("listDatasets: %w", err)
	}
	for _, listed := range datasets {
		fmt.Printf("%s: %s\n", listed.GetName(), listed.GetDescription())
	}

	// A DSS error is a GenericOpenAPIError whose model is the spec's DSSError.
	_, response, err := api.ProjectsAPI.GetProjectSummary(ctx, "NO_SUCH_PROJECT").Execute()
	var failure *dss.GenericOpenAPIError
	if !errors.As(err, &failure) {
		return fmt.Errorf("getProjectSummary of a missing project: %v", err)
	}
	dssError, ok := failure.Model().(dss.DSSError)
	if !ok {
		return fmt.Errorf("getProjectSummary answered %d without a DSSError", response.StatusCode)
	}
	fmt.Printf("%d %s\n", response.StatusCode, dssError.GetErrorType())
	return nil
}
