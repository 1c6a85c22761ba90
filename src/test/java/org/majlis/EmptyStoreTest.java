package org.majlis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port over a fresh embedded store without the demo graph, for tests that
 * write. Test classes that share this annotation share one running application, so they use distinct names. The
 * service's shared bookmarks are recorded ({@link RecordedBookmarks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"majlis.neo4j.embedded.data-dir=target/test-stores/${random.uuid}",
		"majlis.neo4j.embedded.bolt-port=0",
		"majlis.demo.enabled=false",
		"majlis.warmup.enabled=false",
		"majlis.security.write-tokens=" + MajlisTest.WRITE_TOKEN })
@AutoConfigureWebTestClient
@Import({ GraphQlTesting.class, GraphQlHttp.class, RecordedBookmarks.class })
public @interface EmptyStoreTest {
}
