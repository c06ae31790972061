package com.clientcare.query.audit;

import com.clientcare.shared.audit.FindReplayableProjectionsQuery;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The application's projections by processing group, and new instances of them that write into another
 * database: the same code as the live read model, pointed elsewhere.
 */
@Component
public class ShadowProjections {

    private final ApplicationContext context;

    public ShadowProjections(ApplicationContext context) {
        this.context = context;
    }

    /** Processing group name to the class of its projection. */
    public Map<String, Class<?>> all() {
        Map<String, Class<?>> projections = new TreeMap<>();
        context.getBeansWithAnnotation(ProcessingGroup.class).values().forEach(bean -> {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            projections.put(type.getAnnotation(ProcessingGroup.class).value(), type);
        });
        return projections;
    }

    /** In the order of their names. */
    @QueryHandler
    public List<String> handle(FindReplayableProjectionsQuery query) {
        return new ArrayList<>(all().keySet());
    }

    public Optional<Class<?>> byName(String processingGroup) {
        return Optional.ofNullable(all().get(processingGroup));
    }

    /** A new instance of the projection whose MongoDatabase is {@code target}; its other dependencies are the beans. */
    public Object writingInto(Class<?> projection, MongoDatabase target) {
        Constructor<?> constructor = Arrays.stream(projection.getConstructors())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(projection + " has no public constructor"));
        AutowireCapableBeanFactory beans = context.getAutowireCapableBeanFactory();
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(type -> type == MongoDatabase.class ? target : beans.getBean(type))
                .toArray();
        try {
            return constructor.newInstance(arguments);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot make a shadow of " + projection.getSimpleName(), e);
        }
    }
}
