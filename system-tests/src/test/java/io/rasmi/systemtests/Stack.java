package io.rasmi.systemtests;

import static io.restassured.RestAssured.given;

import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The running stack from {@code rasmi up}: where each part listens, and real tokens from its Keycloak. */
final class Stack {

    static final String KEYCLOAK = System.getProperty("rasmi.keycloak.url", "http://127.0.0.1:8180");
    static final String ACCOUNT = System.getProperty("rasmi.account.url", "http://127.0.0.1:8081");
    static final String CONTENT = System.getProperty("rasmi.content.url", "http://127.0.0.1:8082");
    static final String KPI = System.getProperty("rasmi.kpi.url", "http://127.0.0.1:8083");
    static final String INCIDENT = System.getProperty("rasmi.incident.url", "http://127.0.0.1:8084");
    static final String KAFKA = System.getProperty("rasmi.kafka.bootstrap", "127.0.0.1:19092");
    /** GreenMail's REST API, where the local stack's e-mail can be read. */
    static final String MAIL_API = System.getProperty("rasmi.mail.url", "http://127.0.0.1:8025");
    static final String DEMO_PASSWORD = "demo";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Stack() {
    }

    /** A real access token for a demo user, by the password grant of the public client rasmi-cli. */
    static String tokenOf(String username) {
        return TOKENS.computeIfAbsent(username, user -> given()
                .contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", "rasmi-cli")
                .formParam("username", user)
                .formParam("password", DEMO_PASSWORD)
                .post(KEYCLOAK + "/realms/rasmi/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token"));
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(tokenOf(username)).accept(ContentType.JSON);
    }

    /** Fails the calling test class at once when an instance it needs is not ready, naming the command to run. */
    static void requireReady(List<String> instances) {
        for (String instance : instances) {
            int status;
            try {
                status = given().get(instance + "/q/health/ready").statusCode();
            } catch (RuntimeException unreachable) {
                status = -1;
            }
            if (status != 200) {
                fail("No service ready at " + instance + ": the system tests run against "
                        + "`deploy/local/rasmi up --replicas 2`");
            }
        }
    }

    /** A consumer of its own that reads what is written to {@code topic} from now on (every partition). */
    static KafkaConsumer<String, String> readFromNowOn(String topic) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fixes "the end" before anything is changed
        return consumer;
    }
}
