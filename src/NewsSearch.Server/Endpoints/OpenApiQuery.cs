using Microsoft.AspNetCore.Builder;
using Microsoft.OpenApi;

namespace NewsSearch.Server.Endpoints;

/// <summary>One query-string parameter as the OpenAPI description shows it.</summary>
internal sealed record QueryParameter(string Name, JsonSchemaType Type, string Description, bool Required = false, bool Repeatable = false);

/// <summary>Describes query parameters that the endpoints read themselves (to answer bad values with a clear 400
/// rather than the framework's bare binding failure), so the OpenAPI description still lists them.</summary>
internal static class OpenApiQuery
{
    public static RouteHandlerBuilder DescribeQuery(this RouteHandlerBuilder builder, params QueryParameter[] parameters) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var p in parameters)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = p.Name,
                    In = ParameterLocation.Query,
                    Required = p.Required,
                    Description = p.Description,
                    Schema = p.Repeatable
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = p.Type } }
                        : new OpenApiSchema { Type = p.Type },
                });
            }

            return Task.CompletedTask;
        });
}
