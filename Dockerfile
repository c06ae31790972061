# Builds one of the two applications: docker build --build-arg MODULE=command-side (or query-side) .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl ${MODULE} -am package

FROM eclipse-temurin:17-jre
ARG MODULE
WORKDIR /app
COPY --from=build /src/${MODULE}/target/${MODULE}-*-exec.jar /app/application.jar
ENV JAVA_OPTS="-Xmx512m" \
    AXONIQ_UPDATE_CHECKER_DISABLED=true
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/application.jar"]
