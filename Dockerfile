# The service image for docker-compose.yml: build first (./mvnw -DskipTests package), which extracts the jar to
# target/majlis/ and records the JVM's ahead-of-time cache for it. The cache holds the class path of its training
# start (target/majlis/majlis.jar, relative), so the image keeps that layout; a JRE other than the build's JDK
# ignores the cache and starts as fast as without it.
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY target/majlis /app/target/majlis
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=target/majlis/majlis.aot", "-Xlog:aot*=error", "-jar", "target/majlis/majlis.jar"]
