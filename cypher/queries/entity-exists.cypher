// Whether an entity with this id exists, to tell an unknown id from one with nothing to show.
RETURN EXISTS { (:Entity {id: $id}) } AS exists
