package org.majlis.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.stereotype.Component;

/** What start-up did to the store, for whoever tells the user where things are: the Bolt address, the demo graph. */
@Component
public class StoreStatus {

	/** What became of the demo graph at this start. */
	public enum Demo {
		LOADED_NOW("loaded now"), COPIED_NOW("loaded now, copied from the build's demo store"), LOADED_BEFORE("loaded at an earlier start"), NOT_LOADED("not loaded: the store held data already"),
		DISABLED("off (majlis.demo.enabled=false)");

		private final String text;

		Demo(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			return text;
		}
	}

	private final Neo4jConnectionDetails connection;
	private final ObjectProvider<EmbeddedNeo4jStarter> embedded;
	private volatile Demo demo = Demo.DISABLED;

	StoreStatus(Neo4jConnectionDetails connection, ObjectProvider<EmbeddedNeo4jStarter> embedded) {
		this.connection = connection;
		this.embedded = embedded;
	}

	public URI boltUri() {
		return connection.getUri();
	}

	/** The embedded store's folder, or empty when Neo4j is external ({@code spring.neo4j.uri}). */
	public Optional<Path> embeddedStore() {
		return Optional.ofNullable(embedded.getIfAvailable()).map(EmbeddedNeo4jStarter::dataDir);
	}

	/** Whether this start copied the build's {@link DemoStore} into the embedded server's empty data folder. */
	boolean copiedDemoStore() {
		return Optional.ofNullable(embedded.getIfAvailable()).map(EmbeddedNeo4jStarter::copiedDemoStore).orElse(false);
	}

	public Demo demo() {
		return demo;
	}

	void demo(Demo demo) {
		this.demo = demo;
	}
}
