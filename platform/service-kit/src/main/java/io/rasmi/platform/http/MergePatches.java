package io.rasmi.platform.http;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.rasmi.platform.problem.ProblemException;

/**
 * Applies a JSON merge patch (RFC 7396) to the editable part of a record and reads back a valid value, or answers
 * the problem: a field the type does not have, or a value of the wrong type, is a 400 naming the field; a value the
 * type's constraints refuse is the usual validation problem. Nothing is changed before the patch is found good.
 */
@ApplicationScoped
public class MergePatches {

    @Inject
    ObjectMapper objectMapper;

    @Inject
    Validator validator;

    /**
     * The members a patch names, in its order, once each is known to be one of {@code editable}: a body that is no
     * JSON object is a 400 with {@code notObjectKey}'s message, a member that is not editable a 400 naming it.
     */
    public List<String> patchedFields(JsonNode patch, Set<String> editable, String notObjectKey) {
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("body", notObjectKey);
        }
        List<String> patched = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!editable.contains(name)) {
                throw ProblemException.invalidField(name, "request.unknown-field", name);
            }
            patched.add(name);
        }
        return patched;
    }

    /** {@code current} with {@code patch} applied, read as {@code type} and validated. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        T patched = read(MergePatch.apply(objectMapper.valueToTree(current), patch), type);
        Set<ConstraintViolation<T>> violations = validator.validate(patched);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return patched;
    }

    private <T> T read(JsonNode merged, Class<T> type) {
        try {
            return objectMapper.treeToValue(merged, type);
        } catch (UnrecognizedPropertyException unknown) {
            String field = fieldOf(unknown);
            throw ProblemException.invalidField(field, "request.unknown-field", field);
        } catch (JsonProcessingException wrongType) {
            String field = fieldOf(wrongType);
            throw ProblemException.invalidField(field, "request.invalid-value", field);
        } catch (IllegalArgumentException wrongType) {
            // a record's own constructor refusing the merged value
            throw ProblemException.invalidField("body", "request.invalid-value", "body");
        }
    }

    /** {@code postingPlan.postsPerWeek} for a value of the wrong type there, as the problem mappers name fields. */
    private static String fieldOf(JsonProcessingException problem) {
        if (!(problem instanceof JsonMappingException mapping)) {
            return "body";
        }
        String field = mapping.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .filter(Objects::nonNull).collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }
}
