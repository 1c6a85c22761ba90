package org.majlis.web;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP by GET, as the GraphQL over HTTP specification allows for queries: the parameters
 * {@code query}, {@code variables}, {@code operationName} are handed to Spring's POST handler, so media types
 * and status codes stay the same. A mutation by GET is refused with 405.
 */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Configuration(proxyBeanMethods = false)
class GraphQlGetRoute {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Ahead of Spring's own GraphQL route, which answers every GET with 405. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGetRouter(GraphQlHttpHandler handler, ParsedDocuments documents,
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route().GET(path, request -> handle(request, handler, documents)).build();
	}

	private static ServerResponse handle(ServerRequest request, GraphQlHttpHandler handler, ParsedDocuments documents) throws Exception {
		String query = request.param("query").orElse(null);
		if (query == null || query.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "A GET request needs the parameter query");
		}
		String operationName = request.param("operationName").filter(s -> !s.isBlank()).orElse(null);
		if (isMutation(documents, query, operationName)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("errors", new Object[] { Map.of("message", "Mutations must be sent by POST") }));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", query);
		body.put("operationName", operationName);
		String variables = request.param("variables").filter(s -> !s.isBlank()).orElse(null);
		if (variables != null) {
			try {
				body.put("variables", JSON.readValue(variables, Map.class));
			}
			catch (RuntimeException ex) {
				return error(HttpStatus.BAD_REQUEST, "The parameter variables must be a JSON object");
			}
		}
		ServerRequest asPost = ServerRequest.from(request)
			.method(HttpMethod.POST)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.body(JSON.writeValueAsString(body))
			.build();
		return handler.handleRequest(asPost);
	}

	/** True when the operation to run is a mutation; syntax errors are left for the engine to report. */
	private static boolean isMutation(ParsedDocuments documents, String query, String operationName) {
		try {
			Document document = documents.parsed(query);
			return document.getDefinitionsOfType(OperationDefinition.class).stream()
				.filter(op -> operationName == null || operationName.equals(op.getName()))
				.anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
		}
		catch (InvalidSyntaxException ex) {
			return false;
		}
	}

	private static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("errors", new Object[] { Map.of("message", message) }));
	}
}
