# One image for the `api`, `worker` and `migrate` services of docker-compose.yml.
FROM python:3.11-slim

ENV UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/opt/storyloom \
    PATH=/opt/storyloom/bin:$PATH \
    STORYLOOM_HOME=/data

RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock .python-version README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY contracts ./contracts
COPY api ./api
COPY workflows ./workflows
COPY activities ./activities
COPY db ./db
COPY worker ./worker
COPY temporal.yaml ./
RUN uv sync --frozen --no-dev

VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["storyloom"]
CMD ["api", "--host", "0.0.0.0", "--port", "8000"]
