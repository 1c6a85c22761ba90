# The service image for docker-compose.yml: build the jar first (./mvnw -DskipTests package).
FROM eclipse-temurin:25-jre
WORKDIR /app
COPY target/majlis.jar /app/majlis.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/majlis.jar"]
