package org.majlis.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.majlis.MajlisTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's schema contains every type, field, argument, input field and enum value of the contract files in
 * ../shared/contract, with the same types (fields and arguments added by the service are allowed).
 */
@MajlisTest
class ContractSchemaTests {

	@Autowired
	GraphQlSource graphQlSource;

	@ParameterizedTest
	@ValueSource(strings = { "core.graphqls", "query.graphqls", "curation.graphqls" })
	void theSchemaContainsTheContract(String file) throws IOException {
		TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(Path.of("..", "shared", "contract", file)));
		GraphQLSchema schema = graphQlSource.schema();
		List<String> missing = new ArrayList<>();
		Stream.concat(contract.types().values().stream(), contract.objectTypeExtensions().values().stream().flatMap(List::stream))
			.forEach(type -> check(type, schema, missing));
		assertThat(missing).as("contract elements missing or typed otherwise in the schema").isEmpty();
	}

	private static void check(TypeDefinition<?> type, GraphQLSchema schema, List<String> missing) {
		var actual = schema.getType(type.getName());
		if (actual == null) {
			missing.add(type.getName());
			return;
		}
		switch (type) {
			case ObjectTypeDefinition object -> object.getFieldDefinitions().forEach(field -> checkField(type.getName(), field,
					((GraphQLFieldsContainer) actual).getFieldDefinition(field.getName()), missing));
			case InputObjectTypeDefinition input -> input.getInputValueDefinitions().forEach(field -> {
				var actualField = ((GraphQLInputObjectType) actual).getField(field.getName());
				if (actualField == null || !printed(field).equals(GraphQLTypeUtil.simplePrint(actualField.getType()))) {
					missing.add(type.getName() + "." + field.getName() + ": " + printed(field));
				}
			});
			case EnumTypeDefinition enumeration -> enumeration.getEnumValueDefinitions().forEach(value -> {
				if (((GraphQLEnumType) actual).getValue(value.getName()) == null) {
					missing.add(type.getName() + "." + value.getName());
				}
			});
			default -> {
			}
		}
	}

	private static void checkField(String typeName, FieldDefinition field, GraphQLFieldDefinition actual, List<String> missing) {
		String expected = graphql.language.AstPrinter.printAst(field.getType());
		if (actual == null || !expected.equals(GraphQLTypeUtil.simplePrint(actual.getType()))) {
			missing.add(typeName + "." + field.getName() + ": " + expected);
			return;
		}
		for (InputValueDefinition argument : field.getInputValueDefinitions()) {
			var actualArgument = actual.getArgument(argument.getName());
			if (actualArgument == null || !printed(argument).equals(GraphQLTypeUtil.simplePrint(actualArgument.getType()))) {
				missing.add(typeName + "." + field.getName() + "(" + argument.getName() + ": " + printed(argument) + ")");
			}
		}
	}

	private static String printed(InputValueDefinition value) {
		return graphql.language.AstPrinter.printAst(value.getType());
	}
}
