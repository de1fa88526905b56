// SPDX-License-Identifier: GPL-3.0-or-later
// libpq handles owned by std::unique_ptr, so no error path leaks a connection or a result.
#pragma once

#include <libpq-fe.h>

#include <memory>

namespace sez::detail {

struct PgConnectionCloser { void operator()(PGconn *c) const { PQfinish(c); } };
struct PgResultCloser { void operator()(PGresult *r) const { PQclear(r); } };
struct PgConninfoCloser { void operator()(PQconninfoOption *o) const { PQconninfoFree(o); } };

using PgConnectionPtr = std::unique_ptr<PGconn, PgConnectionCloser>;
using PgResultPtr = std::unique_ptr<PGresult, PgResultCloser>;
using PgConninfoPtr = std::unique_ptr<PQconninfoOption, PgConninfoCloser>;

} // namespace sez::detail
