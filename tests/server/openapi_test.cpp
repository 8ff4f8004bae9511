// SPEC 8: the OpenAPI description at /api/v1/openapi.json is kept true: each documented route
// is one the server has, every route the server has is documented, and each documented
// operation, called for real, answers one of the statuses documented for it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <set>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

// "/api/v1/requests/{id}" and "/api/v1/requests/:id" both become "/api/v1/requests/{}".
std::string shape_of(const std::string& path) {
  std::string shape;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string::npos ? path.size() : slash;
    const std::string segment = path.substr(start, end - start);
    const bool parameter = segment.starts_with(':') || segment.starts_with('{');
    shape += parameter ? "{}" : segment;
    if (slash == std::string::npos) break;
    shape += '/';
    start = slash + 1;
  }
  return shape;
}

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

// A concrete path: each parameter replaced by id.
std::string concrete(const std::string& path, std::int64_t id) {
  std::string result = shape_of(path);
  for (auto at = result.find("{}"); at != std::string::npos; at = result.find("{}")) {
    result.replace(at, 2, std::to_string(id));
  }
  return result;
}

json document(WorkflowFixture& f) {
  const Response response = f.server.client().get("/api/v1/openapi.json");
  REQUIRE(response.status == 200);
  CHECK(response.header("Content-Type") == "application/json");
  const json doc = json::parse(response.body);
  REQUIRE(doc.at("openapi").get<std::string>().starts_with("3."));
  return doc;
}

}  // namespace

TEST_CASE("openapi: the documented routes are exactly the server's routes", "[openapi]") {
  WorkflowFixture f;
  const json doc = document(f);
  std::set<std::pair<std::string, std::string>> documented;
  for (const auto& [path, operations] : doc.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      documented.insert({shape_of(path), upper(method)});
    }
  }
  std::set<std::pair<std::string, std::string>> served;
  for (const auto& [pattern, method] : f.server.http().routes()) {
    served.insert({shape_of(pattern), method});
  }
  for (const auto& route : served) {
    INFO("served but not documented: " << route.second << " " << route.first);
    CHECK(documented.contains(route));
  }
  for (const auto& route : documented) {
    INFO("documented but not served: " << route.second << " " << route.first);
    CHECK(served.contains(route));
  }
}

TEST_CASE("openapi: every documented operation answers a documented status", "[openapi]") {
  WorkflowFixture f;
  const json doc = document(f);
  // Something real for the ids to name: a request with an attachment-free timeline.
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  auto client = f.server.client();

  struct Call {
    std::string method, path;
    json responses;
  };
  std::vector<Call> calls;
  for (const auto& [path, operations] : doc.at("paths").items()) {
    for (const auto& [method, operation] : operations.items()) {
      calls.push_back({upper(method), path, operation.at("responses")});
    }
  }
  // Signing out last, so that the other calls are made signed in.
  std::stable_partition(calls.begin(), calls.end(), [](const Call& call) {
    return !(call.method == "DELETE" && call.path == "/api/v1/session");
  });
  for (const Call& call : calls) {
    for (const bool signed_in : {true, false}) {
      const std::string path = concrete(call.path, id);
      const auto headers =
          signed_in ? with_cookie(f.reviewer.cookie) : anskaffa::testing::Headers{};
      Response response;
      if (call.method == "GET") {
        response = client.get(path, headers);
      } else if (call.method == "DELETE") {
        response = client.del(path, headers);
      } else if (call.method == "POST") {
        response = client.post(path, "{}", "application/json", headers);
      } else {
        response = client.put(path, "{}", "application/json", headers);
      }
      INFO(call.method << " " << path << (signed_in ? " signed in" : " anonymous") << " -> "
                       << response.status << " " << response.body.substr(0, 200));
      CHECK(call.responses.contains(std::to_string(response.status)));
    }
  }
}
